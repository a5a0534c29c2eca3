# List creation, indexing, assignment, length, repr and nesting.
a = [1, 'two', 3.0, None, [5, 6], (7,), {'k': 8}]
print(a, len(a), a[0], a[-1], a[4][1], a[-3][0])
a[1] = 2
a[-1] = 'last'
print(a)
print([], [[]], [[], []], list(), list('ab'), list(range(3)), list((1, 2)))
print(type([]).__name__, [1] * 0, [0] * 3, [[1]] * 2)
b = [1, 2, 3]
c = b
c[0] = 100
print(b, c is b)
try:
    b[3] = 4
except IndexError as e:
    print('IndexError', e)
try:
    b[-4]
except IndexError as e:
    print('IndexError', e)
try:
    b['0']
except TypeError as e:
    print('TypeError', e)
print(b + [4], b * 2, 2 * b, [1, 2] + [])
