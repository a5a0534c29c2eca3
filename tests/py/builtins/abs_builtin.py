# abs() on ints (small and huge), floats, bools, infinities.
for v in [0, 5, -5, 2 ** 63, -(2 ** 63), -(10 ** 40), 3.5, -3.5, -0.0, True, False]:
    print(repr(v), abs(v), type(abs(v)).__name__)
print(abs(float('-inf')), abs(float('nan')), abs(-2 ** 31), abs(-1073741824))
try:
    abs('5')
except TypeError as e:
    print('TypeError', e)
try:
    abs([1])
except TypeError as e:
    print('TypeError', e)
