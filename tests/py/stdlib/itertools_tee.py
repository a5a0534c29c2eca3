# itertools.tee: independent iterators over one source, copies of tees, and the errors.
import itertools as it

a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
c, = it.tee([1, 2], 1)
print(list(c), it.tee([1], 0), len(it.tee('abc', 5)))
x, y = it.tee('abc')
x2 = x.__copy__()
print(list(x), list(x2), list(y), type(x).__name__)
p, q = it.tee(range(200))
print(sum(p), next(q), sum(q))
# A tee of a tee copies it instead of wrapping it again.
t1, t2 = it.tee('hello')
next(t1)
t3, t4 = it.tee(t1)
print(list(t3), list(t4), list(t2), t3 is t1)
calls = []


def gen():
    for i in range(3):
        calls.append(i)
        yield i


g1, g2 = it.tee(gen())
print(next(g1), calls, next(g1), next(g2), calls)
for bad in [([1], -1), (1,), ([1], 'a'), ()]:
    try:
        it.tee(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    it.tee([1], n=2)
except TypeError as e:
    print(e)
