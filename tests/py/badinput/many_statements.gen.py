# Generates 20,000 simple statements and 500 small functions: a large but ordinary module.
import sys

lines = ['total = 0']
for i in range(20000):
    lines.append('total += %d' % (i % 7))
for i in range(500):
    lines.append('def f%d(x):\n    return x + %d' % (i, i))
lines.append('print(total, f0(1), f499(1))')
with open(sys.argv[1], 'w') as out:
    out.write('\n'.join(lines) + '\n')
