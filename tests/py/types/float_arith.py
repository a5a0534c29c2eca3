# Float arithmetic and mixing with ints (results are floats).
print(0.1 + 0.2, 0.1 + 0.7, 1.1 * 3, 3.3 / 1.1, 2.5 - 0.5)
print(1.5 + 1, 1 + 1.5, 2 * 0.5, 7 / 2.0, 2 ** 0.5, 2.0 ** 3, 9 ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(0.1 * 10 == 1.0, 0.1 * 3 == 0.3)
print(type(1 + 1.0).__name__, type(2.0 * 3).__name__, type(4.0 // 2).__name__)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(1.0 / 3 * 3, 100.0 * 1.1, 3 * 1.1)
x = 0.0
for _ in range(10):
    x += 0.1
print(x)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1)
print(float(10 ** 30) * 10 ** 5, 10 ** 30 * 1.0)
print(1.5 ** 2, (-1.5) ** 2, 2.0 ** -1, 10.0 ** -2, 0.0 ** 0)
print(abs(-0.0), abs(-2.5), -(0.0))
