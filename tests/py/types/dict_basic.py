# dict creation, lookup, assignment, deletion, membership and length.
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'a' in d, 'z' in d, 'z' not in d)
del d['b']
print(d)
print({}, dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1))
print(dict(zip('abc', range(3))), dict([[1, 2]]), dict([]))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    d[[1]] = 1
except TypeError as e:
    print('TypeError', e)
keys = {1: 'int', 2.5: 'float', 'str': 's', (1, 2): 't', None: 'n', True: 'bool?', b'b': 'bytes'}
print(keys)
print(keys[1], keys[1.0], keys[(1, 2)], keys[None])
print(type(d).__name__, {1: {2: {3: 'deep'}}}[1][2][3])
