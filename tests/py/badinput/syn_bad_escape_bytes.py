# SyntaxError: bytes can only contain ASCII literal characters.
print('must not be printed')
x = b'café'
