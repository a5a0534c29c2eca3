# Set algebra with operators and with methods (methods accept any iterable).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (0,)), a.intersection(range(3)), a.difference('x'))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {1}
c ^= {2, 3}
print(c)
c.update([4, 5], {6})
print(c)
c.intersection_update({4, 5, 6, 7})
c.difference_update([4])
c.symmetric_difference_update({5, 0})
print(c)
try:
    a | [1]
except TypeError as e:
    print('TypeError', e)
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set())
