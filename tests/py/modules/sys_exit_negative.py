# sys.exit(-1) exits with status 255, as the OS truncates to 8 bits.
import sys
print('exit -1')
sys.exit(-1)
