# Nested unpacking targets.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
[(x, y), (u, v)] = [(1, 2), (3, 4)]
print(x, y, u, v)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i, j, k)
points = {'p': (1, 2), 'q': (3, 4)}
for name, (px, py) in points.items():
    print(name, px * py)
(a, b), (c, d) = 'ab', 'cd'
print(a + d + c + b)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__)
