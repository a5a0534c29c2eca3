# Generates a script mixing blank lines, whitespace-only lines and form feeds between statements.
import sys

source = "print(1)\n   \n\t\n\x0c\nif True:\n\n    print(2)\n        \n    print(3)\n\n"
with open(sys.argv[1], 'w') as out:
    out.write(source)
