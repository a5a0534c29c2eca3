# Where float repr switches to exponent notation (at 1e16 and below 1e-4).
for e in range(-8, 20):
    print(10.0 ** e, -(10.0 ** e) * 1.5)
print(1e15, 1e16, 9999999999999998.0, 1e16 + 2, 123456789012345678.0)
print(0.0001, 0.00001, 0.00012345, 0.000012345)
print(1e100, 1.5e-100, 1e22, 1e21, 1e23)
print(float(2 ** 53), float(2 ** 64), float(10 ** 20), float(-(10 ** 25)))
print(12345678.9, 123456789.123, 1234567890123456.7)
