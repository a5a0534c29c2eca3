# SyntaxError: unterminated string literal; nothing runs, so nothing is printed.
print('this line is fine')
x = 'never closed
print(x)
