# SyntaxError: duplicate argument in a function definition.
print('must not be printed')
def f(a, b, a):
    pass
