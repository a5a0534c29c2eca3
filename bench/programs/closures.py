# Closures: functions returned from functions capturing variables, nonlocal counters, lambdas
# passed to higher-order helpers, and function composition.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def make_counter(start):
    count = start

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def run(n):
    counter = make_counter(0)
    for i in range(n):
        counter(i & 7)
    adders = [make_adder(k) for k in range(10)]
    total = 0
    for i in range(n):
        total += adders[i % 10](i)
    f = compose(make_adder(3), compose(lambda x: x * 2 % 1000003, make_adder(-1)))
    chained = apply_n(f, n, 1)
    mapped = sum(map(lambda v: v * 3, range(n))) % 1000003
    kept = len(list(filter(lambda v: v % 3 == 0, range(n))))
    return counter(0), total % 1000003, chained, mapped, kept


print("checksum", run(max(1, int(SCALE * 2200000))))
