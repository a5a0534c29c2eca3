# Generates an expression nested in 10,000 parentheses: too deep for the parser, which must
# report an error (exit status 1, nothing on stdout) instead of overflowing the C stack.
import sys

depth = 10000
with open(sys.argv[1], 'w') as out:
    out.write("print('before')\nx = " + '(' * depth + '1' + ')' * depth + "\nprint(x)\n")
