# SyntaxError: cannot delete a literal.
print('must not be printed')
del 5
