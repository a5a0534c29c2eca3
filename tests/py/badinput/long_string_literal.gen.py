# Generates a valid script with a 1 MB string literal on one line.
import sys

body = ('abcdefghij' * 100000)
source = "s = '" + body + "'\nprint(len(s), s[:12], s[-3:], s.count('j'))\n"
with open(sys.argv[1], 'w') as out:
    out.write(source)
