# Generates 100,000 opening brackets that are never closed: rejected cleanly, no hang.
import sys

with open(sys.argv[1], 'w') as out:
    out.write("print('before')\nx = " + '[' * 100000 + "\n")
