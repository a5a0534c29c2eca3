# splitlines recognises \n, \r\n, \r and other line boundaries; keepends keeps them.
text = 'one\ntwo\r\nthree\rfour\n\nsix'
print(text.splitlines())
print(text.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), 'x\n\n'.splitlines())
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
print('trailing\r'.splitlines(keepends=True))
print(len('l1\nl2\nl3'.splitlines()))
print('no newline'.split('\n'), 'a\nb\n'.split('\n'))
