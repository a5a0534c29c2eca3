# isinstance and issubclass with single types and tuples of types.
values = [1, True, 1.5, 'a', b'b', [1], (1,), {1: 2}, {1}, None, range(1), len]
types = [int, bool, float, str, bytes, list, tuple, dict, set, type(None), object]
for v in values:
    print(repr(v), [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(1, (str, int)), isinstance('x', (int, float)), isinstance([], ()))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, object))
print(issubclass(int, (str, float)), issubclass(list, list), isinstance(int, type))
print(isinstance(ValueError('x'), Exception), isinstance(ValueError, Exception))
print(isinstance(1, ((str, (int,)),)))
