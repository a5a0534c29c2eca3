# hash() of ints, bools, floats equal to ints, tuples and None-free values (str hash is randomised).
for v in [0, 1, -1, -2, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(-5.0) == hash(-5), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(((1, 2), (3, 4))), hash((-1,)))
print(hash((True, 0.0)) == hash((1, 0)), hash(frozenset()) == hash(frozenset()))
print(hash(12345678901234567890) == hash(12345678901234567890))
print(hash('abc') == hash('ab' + 'c'), hash(b'x') == hash(b'x'))
