# Nested comprehensions: multiple for clauses and comprehensions inside comprehensions.
print([(x, y) for x in range(3) for y in range(x)])
print([x * y for x in [1, 2, 3] for y in [10, 100]])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2 == 0])
print([[c for c in w] for w in ['ab', 'cd']])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20)
       if a * a + b * b == c * c])
flat = [x for sub in [[1], [2, 3], [], [4, 5, 6]] for x in sub]
print(flat)
