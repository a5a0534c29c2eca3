# SyntaxError: else without a matching if.
print('must not be printed')
else:
    pass
