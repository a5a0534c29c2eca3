# Bitwise operators on small and negative ints (two's complement semantics).
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 256)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 63, 1 << 64)
print(-1 << 10, -5 << 3)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 100, 1 >> 100)
print(0xdeadbeef & 0xffff, 0xdeadbeef >> 16, hex_digits := f'{0xdeadbeef:x}')
for n in [0, 1, 7, 8, 255, -1, -8, 2 ** 40]:
    print(n, n.bit_length(), f'{n:b}')
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
