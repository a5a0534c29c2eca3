# Common bytes methods mirror str methods.
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(), b.lower(), b.upper(), b.swapcase())
print(b.split(), b.split(b','), b'a,b,,c'.split(b','), b'x y z'.split(None, 1))
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b'abc'.replace(b'b', b'BB'))
print(b.find(b'World'), b.find(b'zz'), b.count(b'l'), b.index(b'o'), b.rfind(b'o'))
print(b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'bc')), b'12'.isdigit(), b'ab'.isalpha())
print(b'\x00\xffab'.hex(), bytes.fromhex('deadBEEF'), bytes.fromhex('00 ff'), b'ab'.hex(':'))
print(b'key=val'.partition(b'='), b'a\nb\r\nc'.splitlines(), b'abc'.center(7, b'*'))
print(b'hello'.title(), b'ab'.zfill(5), b'%d-%s' % (1, b'x'))
try:
    b'abc'.index(b'z')
except ValueError as e:
    print('ValueError', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError', e)
