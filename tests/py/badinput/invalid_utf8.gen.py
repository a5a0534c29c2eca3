# Generates a script with an invalid UTF-8 sequence inside a string literal: a SyntaxError
# before anything runs (exit status 1, nothing on stdout).
import sys

with open(sys.argv[1], 'wb') as out:
    out.write(b"print('before')\nx = 'bad \xff\xfe bytes'\nprint(x)\n")
