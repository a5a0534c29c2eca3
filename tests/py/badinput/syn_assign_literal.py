# SyntaxError: cannot assign to a literal.
print('must not be printed')
1 = x
