# SyntaxError: cannot assign to a function call.
print('must not be printed')
f() = 3
