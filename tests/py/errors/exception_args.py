# Exception instances: args, str() and repr() with zero, one and several arguments.
for exc in [ValueError(), ValueError('msg'), ValueError('a', 2), KeyError('key'), KeyError(),
            IndexError(3), Exception(None), TypeError(''), OSError(2, 'No such'), ValueError([1])]:
    print(type(exc).__name__, exc.args, '|' + str(exc) + '|', repr(exc))
e = RuntimeError('x', 'y')
print(e.args[1], len(e.args), isinstance(e.args, tuple))
try:
    raise ValueError
except ValueError as caught:
    print(caught.args, repr(caught))
print(str(KeyError('quoted')), str(KeyError(1, 2)), repr(StopIteration(5)))
print(SystemExit(4).code, SystemExit().code, SystemExit('msg').code, SystemExit(1, 2).code)
