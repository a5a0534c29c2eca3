# SyntaxError: a statement inside a lambda.
print('must not be printed')
f = lambda: return 1
