# Generates 1,000 nested if statements: too many indentation levels for CPython, and Weft
# must reject it cleanly too (exit status 1, nothing on stdout).
import sys

depth = 1000
lines = ["print('before')"]
for level in range(depth):
    lines.append(' ' * level + 'if True:')
lines.append(' ' * depth + "print('deep')")
with open(sys.argv[1], 'w') as out:
    out.write('\n'.join(lines) + '\n')
