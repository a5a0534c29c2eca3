# count/index, comparison, hashing (tuples of hashables are hashable) and use as dict keys.
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(5, 5), t.index(3, 1))
try:
    t.index(8)
except ValueError as e:
    print('ValueError', e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, 0)))
d = {(0, 0): 'origin', (1, 2): 'point'}
print(d[(1, 2)], d[0, 0], (0, 0) in d)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), max((1, 2), (1, 3)), min([(5,), (4, 9)]))
