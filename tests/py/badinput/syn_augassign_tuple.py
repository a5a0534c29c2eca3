# SyntaxError: augmented assignment to a tuple.
print('must not be printed')
a, b += 1, 2
