# Invalid strings for int() raise ValueError with CPython's message.
cases = [('', 10), ('abc', 10), ('1.5', 10), ('12', 2), ('0x', 16), ('1__0', 10),
         ('_1', 10), ('1_', 10), ('0b2', 0), ('08', 0), (' ', 10), ('- 1', 10), ('9', 8)]
for s, base in cases:
    try:
        print(int(s, base))
    except ValueError as e:
        print('ValueError', e)
for base in [1, 37, -1]:
    try:
        int('1', base)
    except ValueError as e:
        print('ValueError', e)
try:
    int(None)
except TypeError as e:
    print('TypeError', type(e).__name__)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError', e)
