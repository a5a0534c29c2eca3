# Loops with tuple, starred and subscript targets.
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for n, word in pairs:
    print(n, word)
for n, (first, *rest) in pairs:
    print(n, first, rest)
grid = [[1, 2, 3], [4, 5, 6]]
for row in grid:
    for cell in row:
        print(cell, end=' ')
    print()
total = 0
for a, b, c in grid:
    total += a * b * c
print(total)
words = {}
for i, w in enumerate(['a', 'b']):
    words[w] = i
print(words)
for x, y in zip(range(3), 'xyz'):
    print(x, y)
