# Tuples: creation, the one-element form, indexing, slicing, immutability, concatenation.
t = (1, 'two', [3])
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1), 1, 2, tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)))
one = 5,
print(one, type(one).__name__, len(one))
try:
    t[0] = 10
except TypeError as e:
    print('TypeError', e)
t[2].append(4)
print(t)
print(t + (5,), (0,) * 3, 2 * ('a', 'b'), t + ())
try:
    t + [1]
except TypeError as e:
    print('TypeError', e)
try:
    t[3]
except IndexError as e:
    print('IndexError', e)
a, b, c = t
print(a, b, c)
print(((1, 2), (3, (4, 5)))[1][1][0])
print(repr((None,)), repr(((),)), str(('é', "'")))
