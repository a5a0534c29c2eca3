# SyntaxError: keyword argument repeated in a call.
print('must not be printed')
print(sep='a', sep='b')
