# Bitwise operators on multi-word integers, including negatives.
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 99 + 2 ** 50 + 3
print(a & b, a | b, a ^ b)
print(~a, -a & b, a & -b, -a | b, -a ^ -b)
print((1 << 200) >> 150, (-1 << 200) >> 199, (-(1 << 200) + 1) >> 100)
print((2 ** 128 - 1) & 0xffff, (2 ** 128) | 1, (2 ** 128 - 1) ^ (2 ** 127))
mask = (1 << 64) - 1
x = -1
print(x & mask, (x & mask) == 2 ** 64 - 1)
print((2 ** 70).bit_length(), (-(2 ** 70)).bit_length(), (2 ** 70 - 1).bit_length())
print(f'{2 ** 70:x}', f'{-(2 ** 70) - 1:x}')
print(12345678901234567890123 >> 7, 12345678901234567890123 << 7)
