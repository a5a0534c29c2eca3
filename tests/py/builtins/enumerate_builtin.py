# enumerate() with and without start.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
print(list(enumerate(['x', 'y'], start=-1)), list(enumerate(range(3), 10 ** 20)))
for i, ch in enumerate('hey'):
    print(i, ch)
e = enumerate([10, 20])
print(next(e), next(e), next(e, 'end'))
print(dict(enumerate('ab')), type(enumerate([])).__name__)
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a + b)
