# SyntaxError: invalid digit in a binary literal.
print('must not be printed')
x = 0b102
