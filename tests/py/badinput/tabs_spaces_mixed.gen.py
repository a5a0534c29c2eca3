# Generates a block indented with a tab on one line and eight spaces on the next:
# TabError (inconsistent use of tabs and spaces), exit status 1, nothing on stdout.
import sys

source = "print('before')\nif True:\n\tx = 1\n        y = 2\nprint('after')\n"
with open(sys.argv[1], 'w') as out:
    out.write(source)
