# Generates a script containing a NUL byte: rejected before anything runs.
import sys

with open(sys.argv[1], 'wb') as out:
    out.write(b"print('before')\nx = 1\x00\nprint('after')\n")
