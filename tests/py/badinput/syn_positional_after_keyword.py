# SyntaxError: positional argument follows keyword argument.
print('must not be printed')
print(end='', 'x')
