# sys.exit(True) is sys.exit(1); sys.exit(False) would be 0.
import sys
print('exit True')
sys.exit(True)
