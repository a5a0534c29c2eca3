# math: the errors CPython raises, with their messages (domain, range, types, argument counts).
import math


def attempt(f, *args, **kwargs):
    try:
        print(f.__name__, args, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)


for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.log, (10, 1)),
                (math.log, (10, 0)), (math.log, (0, 10)), (math.exp, (1000,)),
                (math.acos, (2,)), (math.asin, (-1.5,)), (math.atanh, (1,)), (math.acosh, (0.5,)),
                (math.cosh, (1000,)), (math.sinh, (-1000,)), (math.expm1, (1000,)),
                (math.log1p, (-1,)), (math.log2, (0,)), (math.log10, (-1,)),
                (math.pow, (0, -1)), (math.pow, (-1, 0.5)), (math.pow, (10, 1000)),
                (math.fmod, (1, 0)), (math.fmod, (math.inf, 1)), (math.remainder, (1, 0)),
                (math.remainder, (math.inf, 1)), (math.ldexp, (1.0, 10000)),
                (math.ldexp, (1.0, 10**100)), (math.ldexp, (1.0, -10**100)),
                (math.ldexp, (1.0, 2.0)), (math.gamma, (0,)), (math.gamma, (-1,)),
                (math.gamma, (200,)), (math.gamma, (-math.inf,)), (math.lgamma, (0,)),
                (math.lgamma, (-2,)), (math.floor, (math.inf,)), (math.floor, (math.nan,)),
                (math.ceil, (-math.inf,))]:
    attempt(f, *args)

# Types and argument counts.
for f, args in [(math.sqrt, ('a',)), (math.sqrt, ()), (math.floor, ('a',)), (math.ceil, (None,)),
                (math.trunc, ('x',)), (math.atan2, (1,)), (math.copysign, (1,)),
                (math.copysign, (1, 'a')), (math.hypot, ('a',)), (math.hypot, (1, 'a')),
                (math.fsum, (1,)), (math.fsum, ([1, 'a'],)), (math.prod, (1,)),
                (math.dist, (1,)), (math.dist, (1, 2)), (math.dist, ((1, 2), (1,))),
                (math.isclose, (1,)), (math.isclose, (1, 2, 3)), (math.isqrt, ()),
                (math.factorial, (1, 2)), (math.ldexp, (1,)), (math.degrees, ('a',)),
                (math.log, ('a',)), (math.log, (10, 'a')), (math.comb, (5,)),
                (math.perm, (1, 2, 3)), (math.sqrt, (10**400,))]:
    attempt(f, *args)

attempt(math.isclose, 1, 1, rel_tol=-1)
attempt(math.isclose, 1, 2, rel_tol='a')
attempt(math.prod, [1, 2], start=3)
attempt(math.prod, [], start=[])
attempt(math.sqrt, x=1)
attempt(math.atan2, x=1, y=2)
attempt(math.gcd, x=1)
