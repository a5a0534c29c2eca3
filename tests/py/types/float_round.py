# round(): ties to even, ndigits positive and negative, int result without ndigits.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005]:
    print(v, round(v), round(v, 2), type(round(v)).__name__)
print(round(1234.5678, 2), round(1234.5678, -2), round(1234.5678, 0), round(-1234.5678, -1))
print(round(0.125, 2), round(0.375, 2), round(2.5, 0), round(1e20, -5))
print(round(7), round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(type(round(7, 2)).__name__, type(round(7.0, 2)).__name__)
print(round(1e300, 2), round(5e-324, 2), round(-0.0), round(-0.4, 0))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
