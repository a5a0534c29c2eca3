# in / not in across containers.
print(3 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print('ell' in 'hello', '' in 'abc', 'xyz' in 'abc', 'a' not in 'bcd')
print(2 in (1, 2), (1, 2) in [(1, 2)], [1] in [[1]])
print('k' in {'k': 1}, 1 in {'k': 1}, 1 in {'k': 1}.values())
print(('k', 1) in {'k': 1}.items())
print(5 in {5, 6}, 7 in set())
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b'bc' in b'abcd', 98 in b'abc')
print(1.0 in [1], True in [1], 0 in [False])
nan = float('nan')
lst = [nan]
print(nan in lst, float('nan') in lst)
try:
    print(1 in 5)
except TypeError as e:
    print('TypeError', e)
try:
    print(1 in 'abc')
except TypeError as e:
    print('TypeError', e)
