# sorted() accepts any iterable and returns a new list.
print(sorted([3, 1, 2]), sorted('cab'), sorted((2, 3, 1)), sorted({3: 'x', 1: 'y'}), sorted({5, 2}))
print(sorted(range(5, 0, -1)), sorted([]), sorted('a'), sorted([1.5, 1, -2, 0.0]))
print(sorted(['b', 'C', 'a'], key=str.lower), sorted([3, 1, 2], reverse=True))
print(sorted(['aa', 'b', 'ccc'], key=len, reverse=True), sorted({'x': 2, 'y': 1}.items(), key=lambda i: i[1]))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
print(sorted([[3, 'c'], [1, 'a'], [2, 'b']]), sorted([(0, 1), (0,), ()]))
print(sorted([-5, 3, -1, 2], key=lambda v: v * v))
