# Generates a script with old Mac (CR only) line endings, which CPython accepts.
import sys

with open(sys.argv[1], 'wb') as out:
    out.write(b"x = 2\rif x:\r    print('cr ok', x)\r")
