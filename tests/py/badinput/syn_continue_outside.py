# SyntaxError: 'continue' not properly in loop.
print('must not be printed')
if True:
    continue
