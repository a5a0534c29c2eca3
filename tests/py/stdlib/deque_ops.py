# collections.deque: comparisons, + and *, in-place forms, indexing and deletion, iteration
# and the reverse iterator.
from collections import deque

a, b = deque([1, 2]), deque([1, 3])
print(a == deque([1, 2]), a != b, a < b, a <= a, b > a, deque([1]) < deque([1, 0]), a == [1, 2])
print(deque([1, 2]) * 3, 3 * deque([1]), deque([1, 2], 3) * 2, deque([1]) + deque([2]), deque([1, 2, 3], 2) + deque([4]))
print(deque('ab') * 0, deque('ab') * -1, deque() * 5)
d = deque([1])
d += [2, 3]
d += deque('x')
d += d
print(d)
d *= 2
print(len(d), d[0], d[-1])
d = deque([1, 2], 3)
d *= 4
print(d)
d = deque(range(10))
print(d[0], d[9], d[-1], d[-10], d[5])
d[0] = 'a'
d[-1] = 'z'
del d[1]
del d[-2]
print(d, len(d))
print(list(reversed(deque([1, 2, 3]))), list(iter(deque('abc'))), [x * 2 for x in deque([1, 2])])
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed(deque('abc'))
print(rit.__length_hint__(), next(rit), list(rit))
print(deque([1, 2]) == deque([1, 2], 5), deque([[1]]) == deque([[1]]), sorted(deque([3, 1, 2])))
print(max(deque([3, 9, 2])), sum(deque(range(101))), deque(x for x in 'hi'), deque(deque([1, 2])))
d = deque([1, 2, 3])
d.extend(d)
d.extendleft(d)
print(d)
d = deque()
d.__init__([5, 6], 1)
print(d, d.maxlen)
