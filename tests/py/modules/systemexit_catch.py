# SystemExit can be caught; its code is the argument.
import sys
for arg in [0, 1, 42, 'text', None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
print('still running')
