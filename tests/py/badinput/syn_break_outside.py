# SyntaxError: 'break' outside loop, detected at compile time after valid statements.
print('must not be printed')
def f():
    break
