# Generates a 1 MB line of operators: a SyntaxError (exit status 1, nothing on stdout).
import sys

with open(sys.argv[1], 'w') as out:
    out.write("print('before')\nx = 1 " + '+* ' * (1 << 18) + "\n")
