# iter() and next() on built-in iterables, exhaustion and defaults.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'exhausted'), next(it, None))
s = iter('ab')
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print('StopIteration')
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
r = iter(range(0, 10, 4))
print(list(r), list(r))
it = iter([1, 2, 3, 4])
print(next(it), list(it))
i2 = iter(it)
print(i2 is it)
t = iter((None,))
print(next(t), next(t, 'done'))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
it = iter(set([7]))
print(next(it))
