# strip / lstrip / rstrip with and without a set of characters.
s = '  \t padded \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), '<<a>>'.lstrip('<'), '<<a>>'.rstrip('>'))
print(repr(''.strip()), repr('   '.strip()), 'nothing'.strip('z'))
print('www.example.com'.strip('cmowz.'))
print('0001200'.lstrip('0'), '0001200'.rstrip('0'))
print('\u3000wide\u3000'.strip() == 'wide')
print(repr('\x0b\x0c x \x1c'.strip()))
print('ab'.strip(''), 'aba'.strip('a'))
