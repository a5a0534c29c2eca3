# SyntaxError: a keyword used as an assignment target.
print('must not be printed')
def = 5
