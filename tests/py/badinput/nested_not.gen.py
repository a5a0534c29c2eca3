# Generates 100,000 chained `not` operators: rejected cleanly, no crash.
import sys

with open(sys.argv[1], 'w') as out:
    out.write("print('before')\nx = " + 'not ' * 100000 + "1\nprint(x)\n")
