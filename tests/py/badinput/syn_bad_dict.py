# SyntaxError: dict display missing a value.
print('must not be printed')
d = {'a': 1, 'b':}
