# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = [1, 2]
print(a, mid, b)
*everything, = (1, 2, 3)
print(everything)
head, *tail = 'x'
print(head, tail, type(tail).__name__)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError', e)
