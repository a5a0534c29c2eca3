# [x] * n repeats references; comprehensions make independent rows.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
c = b.copy()
c[0] = 'new'
print(b, c)
c[1].append(4)
print(b)
r = []
r.append(r)
r.append(1)
print(r, r[0] is r, r[0][0][1])
x = [1]
y = [x, [x]]
print(y)
