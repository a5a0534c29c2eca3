# SyntaxError: f-string with an empty expression.
print('must not be printed')
x = f'{}'
