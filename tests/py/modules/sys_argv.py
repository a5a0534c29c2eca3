# sys.argv holds the script name as given, then the arguments (see sys_argv.args).
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
print(type(sys.argv).__name__, [type(a).__name__ for a in sys.argv])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a), len(a))
