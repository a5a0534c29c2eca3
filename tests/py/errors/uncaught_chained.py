# An uncaught exception with a cause still exits with status 1 after earlier output.
print('chaining')
try:
    int('nope')
except ValueError as e:
    raise LookupError('translated') from e
