# SyntaxError: name used before its global declaration.
print('must not be printed')
def f():
    x = 1
    global x
