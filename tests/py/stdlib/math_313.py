# .exp: CPython 3.11 (the oracle) lacks math.fma (3.13), math.sumprod and nextafter's steps
# (3.12), and words the argument-count errors of math.log differently; the expected output
# comes from CPython 3.13.
import math

print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), math.fma(1e308, 10, -math.inf))
for args in [(math.inf, 0, 1), (1e308, 10, 0), (math.nan, 1, 1)]:
    try:
        print(math.fma(*args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1.0] * 10), math.sumprod([], []))
print(math.sumprod([1.5, 2], [2, 3.25]), math.sumprod([10**30, 1], [3, 2]))
try:
    math.sumprod([1, 2], [3])
except ValueError as e:
    print(e)
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 0.0, steps=0), math.nextafter(0.0, -1, steps=2))
print(math.nextafter(-0.0, 1.0, steps=5), math.nextafter(1.0, 1.0000000000000004, steps=10**30))
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print(e)
for args in [(), (1, 2, 3)]:
    try:
        math.log(*args)
    except TypeError as e:
        print(e)
try:
    math.nextafter(1)
except TypeError as e:
    print(e)
