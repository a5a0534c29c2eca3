# Bitwise operators: precedence among &, ^, | and shifts, and against comparisons.
print(1 | 2 & 3, (1 | 2) & 3)
print(1 ^ 3 & 2, (1 ^ 3) & 2)
print(4 | 1 ^ 5, (4 | 1) ^ 5)
print(1 << 3 >> 1, 1 << (3 >> 1))
print(8 >> 1 + 1, (8 >> 1) + 1)
print(3 & 1 == 1, (3 & 1) == 1)
print(5 | 2 < 8, 5 | (2 < 8))
print(~0 & 0xff, ~0 | 0, ~5 ^ 5)
print(0xf0 | 0x0f, 0xf0 & 0x3c, 0xf0 ^ 0xff)
print(-1 & 0xffff, -256 | 15, -6 ^ 3)
print(True | False, True & False, True ^ True, type(True | False).__name__)
print(True | 2, False ^ 4)
a = 0b1010
a |= 0b0101
print(a)
a &= 0b0110
print(a)
a ^= 0b1111
print(a)
a <<= 4
print(a)
a >>= 2
print(a)
