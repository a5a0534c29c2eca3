# sys.exit(n) exits with status n after flushing stdout; finally blocks run first.
import sys
print('about to exit')
try:
    sys.exit(3)
finally:
    print('finally runs before exit')
print('not reached')
