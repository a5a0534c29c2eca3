# SyntaxError: no binding for nonlocal found in enclosing scopes.
print('must not be printed')
def f():
    def g():
        nonlocal missing
        missing = 1
    return g
