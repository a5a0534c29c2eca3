# SyntaxError: a character that is not valid in Python source.
print('must not be printed')
x = 5 $ 3
