# print's sep and end arguments.
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('a', 'b', sep='\n')
print('no newline', end='')
print(' <- continued', end='!\n')
print()
print(sep='x')
print('', end='')
print(1, 2.5, None, True, [1], sep=' | ', end=' END\n')
print('x', sep=None, end=None)
print('multi', 'sep', sep='-=-')
for i in range(3):
    print(i, end=' ')
print()
print(*range(5), sep=',')
print(*[], sep='unused')
print('tab', 'separated', sep='\t')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError', e)
