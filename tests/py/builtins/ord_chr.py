# ord() and chr() across the Unicode range.
for c in ['a', 'Z', '0', ' ', '\n', '\x00', '\x7f', 'é', 'ÿ', 'Ā', '€', '日', '\uffff', '😀', '\U0010ffff']:
    print(repr(c), ord(c), repr(chr(ord(c))) == repr(c))
print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F600), chr(233), chr(0))
print([chr(i) for i in range(65, 75)], ''.join([chr(ord('a') + i) for i in range(26)]))
print(ord(b'A'), ord(b'\xff'))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print('ValueError', e)
