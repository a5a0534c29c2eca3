# Sets of ints and strs: add, membership, discard, and the set algebra (|, &, -, ^) on sets
# built from generated values; a sieve of marked multiples as a set.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def int_sets(n):
    a = set()
    b = set()
    for i in range(n):
        a.add(i * 7 % 10007)
        b.add(i * 11 % 9973)
    inter = a & b
    union = a | b
    total = len(inter) + len(union) + len(a - b) + len(a ^ b)
    hits = 0
    for i in range(n):
        if i in a:
            hits += 1
        a.discard(i * 3)
    return total, hits, len(a)


def sieve(limit):
    composite = set()
    primes = 0
    for i in range(2, limit):
        if i not in composite:
            primes += 1
            for j in range(i * i, limit, i):
                composite.add(j)
    return primes


def str_sets(n):
    seen = set()
    dups = 0
    for i in range(n):
        s = "k" + str(i * 31 % 7919)
        if s in seen:
            dups += 1
        else:
            seen.add(s)
    words = {w for w in seen if w.endswith("7")}
    return dups, len(seen), len(words)


checks = []
for r in range(max(1, int(SCALE * 32))):
    n = 60000 + r
    checks.append((int_sets(n), sieve(n * 2), str_sets(n)))
print("checksum", checks[0], checks[-1])
