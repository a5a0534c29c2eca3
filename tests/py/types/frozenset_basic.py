# frozenset: immutable, hashable, mixes with set in operations.
f = frozenset([3, 1, 2])
print(f, frozenset(), len(f), 2 in f, type(f).__name__)
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1, 9}, f - {1})
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset({1, 2, 3})))
d = {f: 'frozen key'}
print(d[frozenset([1, 2, 3])])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError', type(e).__name__)
print(frozenset('aab') == frozenset('ab'), f.union([9]), f.issubset(range(5)))
