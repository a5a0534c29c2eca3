# list.sort and sorted: ordering, reverse, key, in-place versus copy.
a = [5, 2, 8, 1, 9, 3]
b = sorted(a)
print(a, b)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'pie', 'Apple', 'cherry', 'fig']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([3.5, -1, 2, 0.5, True]), sorted('hello'), sorted((3, 1, 2)))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print([].sort(), sorted([]))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print('TypeError', e)
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:5], big[-5:], all_sorted := big == sorted(big))
