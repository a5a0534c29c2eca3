# SyntaxError: multiple starred expressions in assignment.
print('must not be printed')
*a, *b = [1, 2, 3]
