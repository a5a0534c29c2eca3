# SyntaxError: a closing bracket with no opening one.
print('ok')
x = [1, 2, 3])
