# bytes literals and their repr (printable ASCII as is, everything else \x.. escaped).
print(b'abc', b'', b"double", b'it\'s', b'say "hi"', b'both \' "')
print(b'\x00\x01\x7f\x80\xff', b'\n\r\t\\', b'\a\b\f\v')
print(rb'\x00', Rb'raw\n', br'r\t', b'\101\102')
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
print(len(b'\x00\xff'), len(b''), len(rb'\x00'))
print(b'con' b'cat', b'multi'
      b'line')
print(bytes(range(32, 48)), bytes(range(240, 256)))
print(type(b'').__name__, b'a' == 'a', b'a' == b'a')
