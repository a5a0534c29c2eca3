# math: constants, rounding to int (with __floor__/__ceil__/__trunc__), sign and float
# decomposition functions.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9))
print(math.floor(7), math.ceil(True), math.floor(10**30), math.trunc(2**70))
print(type(math.floor(2.0)).__name__, math.floor(1e300) == 10**300 or math.floor(1e300) > 0)


class Num:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'


class AsFloat:
    def __float__(self):
        return 2.75


class AsIndex:
    def __index__(self):
        return 7


print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.floor(AsFloat()), math.ceil(AsFloat()), math.sqrt(AsFloat()), math.sqrt(AsIndex()))


class BigInt(int):
    pass


print(math.floor(BigInt(3)), type(math.floor(BigInt(3))).__name__)
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-3), math.fabs(-0.0))
print(math.frexp(12.5), math.frexp(0.0), math.frexp(-1e-310), math.frexp(math.inf))
print(math.modf(-3.75), math.modf(2.0), math.modf(-math.inf), math.modf(math.nan))
print(math.ldexp(0.75, 3), math.ldexp(1.0, -1080), math.ldexp(-1.5, 10**40 * 0 + 2), math.ldexp(5.0, True))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan))
print(math.isnan(1), math.isinf(10**300))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(-45))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, math.inf))
print(math.remainder(10, 3), math.remainder(-7, 2), math.remainder(5, 2), math.remainder(7, math.inf))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(math.inf, math.inf))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 3), math.pow(0.0, 0), math.pow(math.nan, 0))
print(math.pow(1, math.nan), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, -math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-3.5), math.ulp(1e308), math.ulp(math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(3, 3))
