# sum() of ints, with a start value, of floats, big ints and lists.
print(sum([]), sum([1, 2, 3]), sum(range(1001)), sum([1, 2], 10), sum((), 5))
print(sum([0.5, 0.25]), sum([1, 2.5]), sum([True, True, True]), sum([2 ** 64, 2 ** 64]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()))
print(sum([-(10 ** 20), 10 ** 20, 1]), sum(range(-5, 6)), sum({1: 'a', 2: 'b'}))
print(sum([1, 2, 3], start=100))
print(sum([x * x for x in range(100)]))
