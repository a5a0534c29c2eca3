# SyntaxError: 'return' outside function; the whole file is compiled before anything runs.
print('must not be printed')
return 5
