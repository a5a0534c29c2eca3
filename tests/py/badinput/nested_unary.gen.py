# Generates 100,000 chained unary minus operators: the parser must fail with an error
# (exit status 1, nothing on stdout), not overflow the C stack.
import sys

with open(sys.argv[1], 'w') as out:
    out.write("print('before')\nx = " + '-' * 100000 + "1\nprint(x)\n")
