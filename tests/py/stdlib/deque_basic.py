# collections.deque: construction, both ends, maxlen, rotate, index/insert/remove/count/reverse,
# copy and repr.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([9, 8])
print(d, list(d), d.count('a'), d.index('a'), d.index(2, 2), 3 in d, 'z' in d)
print(deque(), deque(range(5), 3), deque('abc', maxlen=0), deque(maxlen=2), deque([1], None))
m = deque([1, 2, 3], 3)
m.append(4)
print(m, m.maxlen)
m.appendleft(0)
print(m)
m.extend([7, 8])
print(m)
m.extendleft([9])
print(m)
r = deque(range(10))
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate(23)
print(r)
r.rotate()
print(r)
r.rotate(0)
print(r)
full = deque(range(8))
full.rotate(-3)
print(full, deque([]).rotate(5), deque([1]).rotate(-3))
d = deque([1, 2, 3])
d.insert(-1, 9)
d.insert(100, 7)
d.insert(-100, 0)
d.insert(2, 'x')
print(d)
d.remove('x')
d.remove(7)
print(d)
d.reverse()
print(d, d.copy(), d.__copy__(), deque([1, 2], 5).copy())
d.clear()
print(d, bool(d), bool(deque([0])))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
while len(big) > 5:
    big.pop()
print(big, repr(deque([[1], 'a', None])))
nested = deque()
nested.append(nested)
print(repr(nested))


class Sub(deque):
    pass


s = Sub([1, 2], 5)
print(s, type(s.copy()).__name__, s.copy(), type(s + s).__name__, s * 2)
print(deque.__module__, deque.__name__, deque.__hash__, type(iter(deque())).__name__,
      type(reversed(deque())).__name__)
