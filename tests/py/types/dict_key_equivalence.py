# Keys that compare equal and hash equal are the same key: 1, 1.0 and True.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d2 = {True: 'a'}
d2[1] = 'b'
print(d2)
print({0: 'zero', False: 'false', 0.0: 'float zero'})
print({2 ** 64: 'big'}[float(2 ** 64)], {-1: 'neg'}[-1.0])
s = {1, 1.0, True, 2, 2.0}
print(len(s))
print({(1, 2): 'a'}[(1.0, 2.0)], {'a': 1}.get('a'), {'é': 1}.get('e\u0301'))
