# SyntaxError: invalid decimal literal (trailing underscore).
print('must not be printed')
x = 1_000_
