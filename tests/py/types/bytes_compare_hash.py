# bytes compare lexicographically by byte value; equal bytes hash equal.
print(b'a' < b'b', b'abc' < b'abd', b'ab' < b'abc', b'' < b'\x00', b'\xff' > b'\x7f')
print(b'abc' == b'abc', b'abc' != b'ABC', b'a' == 'a', b'\x00' == bytes(1))
print(sorted([b'b', b'a', b'\xff', b'', b'A']), max(b'zebra'), min(b'zebra'))
print(hash(b'key') == hash(b'k' + b'ey'))
d = {b'k': 1, b'\x00': 2}
print(d[b'k'], d[bytes(1)], b'k' in d, 'k' in d)
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError', e)
