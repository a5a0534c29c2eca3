# An exception raised while handling another records it as __context__.
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError('a')
    finally:
        raise IndexError('from finally')
except IndexError as e:
    print(repr(e), repr(e.__context__))

try:
    raise TypeError('plain')
except TypeError as e:
    print(e.__context__, e.__cause__)

def chain(n):
    try:
        if n == 0:
            raise ValueError(0)
        chain(n - 1)
    except ValueError as e:
        raise ValueError(n)

try:
    chain(3)
except ValueError as e:
    names = []
    while e is not None:
        names.append(e.args[0])
        e = e.__context__
    print(names)
