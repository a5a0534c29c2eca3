# SyntaxError: try with neither except nor finally.
print('must not be printed')
try:
    x = 1
print(x)
