# SyntaxError: non-default argument follows default argument.
print('must not be printed')
def f(a=1, b):
    pass
