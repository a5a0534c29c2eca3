# With no arguments, sys.argv is just the script name.
import sys
print(sys.argv, len(sys.argv))
