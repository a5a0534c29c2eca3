# center / ljust / rjust / zfill / expandtabs.
print('[' + 'ab'.center(7) + ']', '[' + 'ab'.center(6, '*') + ']', '[' + 'abc'.center(6) + ']')
print('[' + 'ab'.ljust(5) + ']', '[' + 'ab'.rjust(5, '.') + ']', '[' + 'toolong'.ljust(3) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(2))
print('a\tb\tc'.expandtabs(), 'a\tbb\tccc'.expandtabs(4), repr('\t'.expandtabs(2)))
print('日本'.center(6, '-'), 'é'.rjust(3, '·'))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError', e)
for w in range(0, 8):
    print(repr('odd'.center(w)), repr('even'.center(w)))
