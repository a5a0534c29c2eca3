# Generates a script whose only invalid UTF-8 is a truncated sequence in a comment:
# still a SyntaxError (exit status 1, nothing on stdout).
import sys

with open(sys.argv[1], 'wb') as out:
    out.write(b"print('before')\n# truncated: \xe6\x97\nprint('after')\n")
