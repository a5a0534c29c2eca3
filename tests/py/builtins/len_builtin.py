# len() of every built-in container.
print(len(''), len('abc'), len('日本語'), len('😀'), len(b'ab'), len(b''))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({'a': 1, 'b': 2}))
print(len(set()), len({1, 2, 2}), len(frozenset('abca')), len(range(10)), len(range(5, 0, -2)))
print(len({'a': 1}.keys()), len({'a': 1}.values()), len({'a': 1}.items()))
print(len('x' * 1000), len([0] * 1000), len(list(range(12345))))
d = {}
for i in range(100):
    d[i] = i
for i in range(50):
    del d[i]
print(len(d))
try:
    len(5)
except TypeError as e:
    print('TypeError', e)
try:
    len()
except TypeError:
    print('TypeError with no argument')
