# True division always returns a float, correctly rounded.
print(1 / 2, 3 / 4, 10 / 5, -9 / 3, 7 / -2)
print(1 / 3, 2 / 3, 22 / 7)
print(10 ** 20 / 10 ** 10)
print(2 ** 64 / 3)
print((10 ** 30) / 7)
print(1 / 10 ** 20)
print(type(4 / 2).__name__)
print(7.0 / 2, 7 / 2.0, 0.1 / 3)
print(-0.0 / 1, 0 / -1, 0.0 / -1)
print(True / 2, 5 / True)
x = 9
x /= 2
print(x)
x //= 2
print(x)
