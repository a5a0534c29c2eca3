# Conversions between float and int, including truncation, huge values and errors.
print(int(3.7), int(-3.7), int(0.9999), int(-0.0), int(1e20), int(1.5e300) % 1000)
print(float(7), float(-7), float(2 ** 63), float(10 ** 300), float(True))
print(int(2.0 ** 100) == 2 ** 100, float(2 ** 100) == 2.0 ** 100)
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(-(2 ** 60 + 1)))
for bad in [float('inf'), float('-inf')]:
    try:
        int(bad)
    except OverflowError as e:
        print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
print((2.5).is_integer(), (2.0).is_integer(), (7.5).as_integer_ratio(), (0.75).as_integer_ratio())
print(10 ** 400 > 1e308, 10 ** 15 == 1e15, float(12345678901234567890))
