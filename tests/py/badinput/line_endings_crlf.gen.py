# Generates a script with Windows (CRLF) line endings, including inside a triple-quoted string.
import sys

source = "x = 1\r\nif x:\r\n    print('crlf ok')\r\ns = '''a\r\nb'''\r\nprint(repr(s))\r\n"
with open(sys.argv[1], 'wb') as out:
    out.write(source.encode())
