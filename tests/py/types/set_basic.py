# set creation and repr; small non-negative ints print in ascending order.
print({3, 1, 2}, {5, 0, 7, 2}, set(), set([1, 1, 2]), set('aaa'), {0})
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s), 3 in s, 9 in s)
s.discard(1)
s.discard(100)
print(s)
s.remove(2)
print(s)
try:
    s.remove(2)
except KeyError as e:
    print('KeyError', e)
print(type(s).__name__, set(range(5)), sorted({'b', 'a', 'c'}))
print({(1, 2), (1, 2)}, {True, 1}, {1.0, 1})
e = set()
print(e, bool(e), len(e))
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
