# Constructing bytes from ints, iterables, strings with an encoding, and counts.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(3)))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes(b'copy'))
print(bytes([x * 2 for x in range(5)]), bytes('', 'utf-8'))
for bad in [[256], [-1]]:
    try:
        bytes(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    bytes('needs encoding')
except TypeError as e:
    print('TypeError', e)
try:
    bytes(-1)
except ValueError as e:
    print('ValueError', e)
try:
    bytes(['a'])
except TypeError as e:
    print('TypeError', type(e).__name__)
print(b'abc'.decode(), b'\xc3\xa9'.decode('utf-8'), str(b'x', 'ascii'))
