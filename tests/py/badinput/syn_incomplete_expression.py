# SyntaxError: expression ends after a binary operator.
print('must not be printed')
x = 1 +
