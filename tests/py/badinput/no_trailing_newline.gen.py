# Generates a script whose last line has no newline, ending inside an indented block.
import sys

with open(sys.argv[1], 'w') as out:
    out.write("def f():\n    return 'no newline at end'\nif True:\n    print(f())")
