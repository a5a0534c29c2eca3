# Generates a script starting with a UTF-8 byte order mark, which is valid and ignored.
import sys

with open(sys.argv[1], 'wb') as out:
    out.write(b"\xef\xbb\xbfprint('bom ok', len('\xc3\xa9'))\n")
