# itertools: count, cycle and repeat (values, reprs, __length_hint__).
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(2, 3), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.count(10, -2), 4)), list(it.islice(it.count(2**62 - 1), 3)), list(it.islice(it.count(1j), 2)))
print(repr(it.count()), repr(it.count(5)), repr(it.count(5, 2)), repr(it.count(1.5, 0.5)), repr(it.count(0, 1.0)))
print(repr(it.count(2**70)), repr(it.count(step=-1)), repr(it.count(start=3, step=2)))
c = it.count(3)
next(c)
print(c, next(c), c)
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])), list(it.islice(it.cycle(range(3)), 7)))
src = iter([1, 2])
cy = it.cycle(src)
print(next(cy), next(cy), next(cy), list(src))
print(list(it.repeat(7, 3)), list(it.repeat('x', 0)), list(it.repeat('x', -5)), list(it.islice(it.repeat(None), 2)))
r = it.repeat(5, 2)
print(r, r.__length_hint__())
next(r)
print(r, r.__length_hint__())
next(r)
print(r, r.__length_hint__(), list(r))
print(repr(it.repeat('a')), repr(it.repeat('a', -2)), repr(it.repeat([1], 3)))
try:
    it.repeat(1).__length_hint__()
except TypeError as e:
    print(e)
print(list(zip(it.count(), 'abc')), list(map(pow, range(4), it.repeat(2))))


class Sub(it.count):
    pass


print(repr(Sub(4)), type(Sub(4)).__name__, next(Sub(9)))
for bad in [('a',), (1, 'a'), (1, 2, 3)]:
    try:
        it.count(*bad)
    except TypeError as e:
        print(e)
for bad in [(), (1,)]:
    try:
        it.cycle(*bad)
    except TypeError as e:
        print(e)
try:
    it.repeat()
except TypeError as e:
    print(e)
try:
    it.repeat(1, 'a')
except TypeError as e:
    print(e)
