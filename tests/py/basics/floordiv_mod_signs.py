# // and % round toward negative infinity; the remainder takes the divisor's sign.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a)
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, big - 1), (-big, 10 ** 29)]:
    q, r = a // b, a % b
    print(q, r, q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.5, 0.25), (-1e-3, 1.0)]:
    print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 % -5)
print(5 % 1.5, -5 % 1.5)
print(-3 // 1, -3 % 1)
