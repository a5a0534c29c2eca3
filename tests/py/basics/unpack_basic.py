# Tuple and list unpacking in assignments; swapping.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 'abc'
print(x, y, z)
[p, q] = (10, 20)
print(p, q)
(m, n) = [3, 4]
print(m, n)
a, b, c = range(3)
print(a, b, c)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
t = 1, 2, 3
print(t, type(t).__name__)
single, = [42]
print(single)
(only,) = 'z'
print(only)
i, j = j, i = 1, 2
print(i, j)
lst = [0, 0]
lst[0], lst[1] = 5, 6
print(lst)
a, b = b, a = 7, 8
print(a, b)
