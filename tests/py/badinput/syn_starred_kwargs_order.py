# SyntaxError: iterable argument unpacking follows keyword argument unpacking.
print('must not be printed')
print(**{'sep': ''}, *[1, 2])
