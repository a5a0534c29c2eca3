# Generates moderately deep but legal nesting: 50 nested lists, 30 nested blocks,
# 20 nested function definitions. Every Python must accept these.
import sys

lines = ['x = ' + '[' * 50 + '1' + ']' * 50,
         'd = 0',
         'while isinstance(x, list):',
         '    x = x[0]',
         '    d += 1',
         'print(d, x)']
for level in range(30):
    lines.append('    ' * level + 'if %d < 100:' % level)
lines.append('    ' * 30 + "print('30 blocks deep')")
for level in range(20):
    lines.append('    ' * level + 'def f%d():' % level)
lines.append('    ' * 20 + 'return 20')
for level in reversed(range(1, 20)):
    lines.append('    ' * level + 'return f%d()' % level)
lines.append('print(f0())')
with open(sys.argv[1], 'w') as out:
    out.write('\n'.join(lines) + '\n')
