# SyntaxError: leading zeros in a decimal integer literal are not permitted.
print('must not be printed')
x = 0777
