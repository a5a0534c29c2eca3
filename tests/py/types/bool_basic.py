# bool is a subclass of int with two instances that print as True and False.
print(True, False, repr(True), str(False))
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, True ** 3)
print(isinstance(True, int), isinstance(1, bool), type(True).__name__, issubclass(bool, int))
print(True == 1, False == 0, True is True, True != False, True > False)
print(bool(1), bool(0), bool(-1), bool(''), bool('a'), bool([]), bool(None), bool(0.0))
print(sum([True, True, False, True]), [1, 2, 3][True])
print(str(True) + '!', f'{True}', f'{False!r}', f'{True:d}', f'{True:>6}')
print(int(True), float(False), True & True, True | False, True ^ True, False ^ True)
print(not True, not False, bool(), bool(True) is True)
d = {True: 'a', 1: 'b', 1.0: 'c'}
print(d, len(d))
print(hash(True), hash(False))
print(max(True, 0), min(False, True), sorted([True, False, True]))
