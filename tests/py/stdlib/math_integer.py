# math: the exact integer functions (factorial, isqrt, comb, perm, gcd, lcm, prod), small and big.
import math


def attempt(f, *args):
    try:
        print(f.__name__, args, '->', f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)


print([math.factorial(n) for n in range(12)], math.factorial(True))
print(math.factorial(30), len(str(math.factorial(1000))), math.factorial(200) % 10**40)
for n in [0, 1, 2, 3, 15, 16, 17, 99, 100, 10**20, 10**40 - 1, 2**128, 12345678901234567890123]:
    print(n, math.isqrt(n))
print(all(math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2 for n in range(0, 5000, 7)))
print(math.comb(10, 3), math.comb(60, 30), math.comb(3, 5), math.comb(100, 0), math.comb(100, 100))
print(math.comb(10**6, 3), math.comb(10**20, 2), math.comb(500, 250) % 10**30)
print(math.comb(10**20, 10**20 - 1), math.comb(300, 150) == math.factorial(300) // math.factorial(150) ** 2)
print(math.perm(5), math.perm(5, None), math.perm(5, 2), math.perm(20, 10), math.perm(3, 5), math.perm(30, 20))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-4, 6, 10), math.gcd(0, 0))
print(math.gcd(2**100, 6**50, 10**30), math.gcd(3**200, 2**200), math.gcd(True, 4))
print(math.lcm(), math.lcm(-5), math.lcm(4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5), math.lcm(*range(1, 30)))
print(math.lcm(2**64, 3**40), math.lcm(-4, 6))
print(math.prod(range(1, 20)), math.prod([1.5, 2, 3]), math.prod([], start=5), math.prod([2, 3], start=0.5))
print(math.prod(['ab'], start=2), math.prod([3, [1]], start=1))
for args in [(-1,), (1.0,), (2.5,), (10**30,)]:
    attempt(math.factorial, *args)
for args in [(-1,), (2.0,), ('4',)]:
    attempt(math.isqrt, *args)
for f in (math.comb, math.perm):
    for args in [(-1, 2), (2, -1), (1.0, 2), (2, 1.0), (2**70, 2**69)]:
        attempt(f, *args)
attempt(math.perm, -3)
attempt(math.gcd, 1.5)
attempt(math.lcm, 2, 'x')
