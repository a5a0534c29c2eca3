# partition / rpartition / removeprefix / removesuffix.
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('a::b'.partition('::'), ''.partition('x'))
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError', e)
print('test_file.py'.removeprefix('test_'), 'test_file.py'.removesuffix('.py'))
print('abc'.removeprefix('x'), 'abc'.removesuffix(''), 'aaa'.removeprefix('a'))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
