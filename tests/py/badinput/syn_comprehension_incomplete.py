# SyntaxError: a comprehension with a dangling for clause.
print('must not be printed')
x = [i for i in range(3) for]
