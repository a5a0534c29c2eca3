# Slice assignment and deletion can grow, shrink or replace parts of a list.
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = ['E'] * len(a[::2])
print(a)
a[:] = 'xyz'
print(a)
b = [1, 2, 3, 4, 5, 6]
b[1::2] = [20, 40, 60]
print(b)
b[::-1] = list(range(6))
print(b)
del b[::3]
print(b)
c = [0, 1, 2]
c[1:1] = c
print(c)
d = [1, 2, 3]
d[5:10] = [9]
print(d)
d[-100:1] = ['front']
print(d)
