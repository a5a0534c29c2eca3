# Indexing bytes gives ints; slicing gives bytes.
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[0:5], b[-5:], b[::2], b[::-1], b[3:3], b[100:])
print(list(b[:3]), [c for c in b'AZ'], tuple(b'\x00\xff'))
for i in [11, -12]:
    try:
        b[i]
    except IndexError as e:
        print('IndexError', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
print(b'abc' + b'def', b'ab' * 3, 0 * b'x', 104 in b, b'wor' in b, b'' in b)
print(len(b * 100), (b * 100).count(b'lo'))
