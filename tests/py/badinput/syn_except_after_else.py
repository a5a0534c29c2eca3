# SyntaxError: except clause after else in a try statement.
print('must not be printed')
try:
    pass
else:
    pass
except ValueError:
    pass
