# int(str) and int(str, base): prefixes, underscores, whitespace, signs, bases 2..36 and 0.
print(int('42'), int(' -17 '), int('+8'), int('0'), int('-0'), int('007'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('z', 36), int('Zz', 36), int('101', 2), int('777', 8), int('-0b11', 0))
print(int('1_000_000'), int('0x_dead_beef', 0), int('1_0', 2))
print(int('12345678901234567890123456789'), int('-' + '9' * 40))
print(int('10', 0), int('0', 0), int('00', 0))
print(int(' \t\n12\n '))
for s, base in [('12', 3), ('zz', 36), ('11', 5), ('7f', 16)]:
    print(s, base, int(s, base))
print(int('1' * 64, 2) == 2 ** 64 - 1)
print(int(True), int(False), int(-3.99), int(3.99), int(1e20))
