# math: fsum, hypot and dist are exactly rounded; the results must match CPython's bit for bit.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([]), math.fsum(iter([1, 2.5])))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([2.0**53, -0.5, -2.0**-54]))
print(math.fsum([1e308, -1e308, 1.0]), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
print(math.fsum([10**400 // 10**399, 0.5]), math.fsum(range(1000)))
for data in ([1e308, 1e308], [math.inf, -math.inf], [1, 'a']):
    try:
        print(math.fsum(data))
    except Exception as e:
        print(type(e).__name__, e)

print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1, 1, 1), math.hypot(1e-320, 3e-320))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1e308, 1e308))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 8)), math.dist((), ()), math.dist(iter([1]), [5]))

# A deterministic pseudo-random sweep (no `random`): values spread over many magnitudes.
state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64


for _ in range(40):
    n = 2 + int(rnd() * 5)
    p = [(rnd() - 0.5) * 10.0 ** int(rnd() * 60 - 30) for _ in range(n)]
    q = [(rnd() - 0.5) * 100 for _ in range(n)]
    print(math.hypot(*p), math.dist(p, q), math.fsum(p + q))
