# math: gamma and lgamma (CPython's own Lanczos approximation, reproduced exactly), erf, erfc,
# exp2, cbrt and the trigonometric and hyperbolic functions at some points.
import math

values = [0.5, 1.5, 2.5, 3.7, 5.1, 7.25, 10.3, 20.5, 30.1, 99.9, 140.5, 150.3, 170.2, -0.5, -1.5,
          -2.7, -10.3, -100.5, -150.5, -180.3, 1e-10, 1e-25, 0.001, 4.999, 5.0001, 23.0, 24.0,
          171.5, -171.5, 1.0, 2.0, 3.0]
for v in values:
    out = []
    for f in (math.gamma, math.lgamma, math.erf, math.erfc):
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(v, ' '.join(out))
print(math.gamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan), math.lgamma(math.inf))
print(math.exp2(10), math.exp2(-1), math.exp2(0.5), math.cbrt(27), math.cbrt(-8), math.cbrt(2))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sin(0.0), math.sin(-0.0), math.cos(math.pi), math.tanh(1000), math.atan(math.inf))
