# SyntaxError: f-string with an unclosed replacement field.
print('must not be printed')
x = f'{1 + 2'
