# SyntaxError: nonlocal declaration not allowed at module level.
print('must not be printed')
nonlocal x
