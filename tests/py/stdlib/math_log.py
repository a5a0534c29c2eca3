# math: logarithms of floats and of ints of any size (too big for a float), with bases.
import math

print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2, 0.5))
print(math.log2(8), math.log2(1024.5), math.log10(1000), math.log10(0.001), math.log1p(1e-20))
print(math.log(2**1024), math.log(3**1000, 3), math.log10(10**400), math.log2(2**2000 + 1))
print(math.log(10**308 * 7), math.log(True), math.log(10**1000, 10**500), math.log2(2**10000))
print(math.log(math.inf), math.log(math.nan), math.log2(math.inf), math.log10(5e-324))
print(math.exp(1), math.exp(-1000), math.expm1(1e-10), math.exp(709))
for args in [(0,), (-10**1000,), (0.0,), (-math.inf,), (10, -1)]:
    try:
        print(math.log(*args))
    except ValueError as e:
        print('ValueError', e)
try:
    math.log(2, 1.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
