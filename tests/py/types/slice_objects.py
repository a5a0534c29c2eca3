# slice objects: repr, attributes, use in subscripts, indices().
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, None))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -3)], 'abcdef'[slice(1, -1)])
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(-100, 100).indices(7), slice(0, 10, 2).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
t = (0, 1, 2, 3, 4)
print(t[slice(1, 4)], b'bytes'[slice(None, 2)], range(10)[slice(2, None, 4)])
data[slice(0, 2)] = ['a', 'b']
print(data)
try:
    data[::0]
except ValueError as e:
    print('ValueError', e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print('ValueError', e)
