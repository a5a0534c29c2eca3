# Division and modulo of big integers keep the floor semantics and sign rules.
a = 3 ** 80
b = 7 ** 20 + 13
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (b, a), (-b, a)]:
    q, r = x // y, x % y
    print(q, r, q * y + r == x, (r == 0) or ((r > 0) == (y > 0)))
print(10 ** 40 // 10 ** 20, 10 ** 40 % (10 ** 20 + 1))
print(-(10 ** 40) // 3, -(10 ** 40) % 3)
print((2 ** 100 + 1) // 2 ** 50, (2 ** 100) % (2 ** 50 - 1))
print(divmod(10 ** 30, 7), divmod(-10 ** 30, 7))
print(12345678901234567890 // -1, 12345678901234567890 % 1)
print(2 ** 64 // 2 ** 32, 2 ** 64 // 2 ** 65)
