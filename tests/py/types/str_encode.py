# str.encode / bytes.decode with UTF-8, ASCII and Latin-1, and error handlers.
s = 'héllo 日本 😀'
b = s.encode()
print(b, len(b), len(s), b.decode() == s, s.encode('utf-8') == b)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), b'\xe9'.decode('latin-1'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.start, e.end, e.reason)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.start, e.reason)
print('é'.encode('ascii', 'replace'), 'é日'.encode('ascii', 'ignore'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(UnicodeEncodeError, UnicodeError))
print(list('€'.encode()), bytes([226, 130, 172]).decode())
