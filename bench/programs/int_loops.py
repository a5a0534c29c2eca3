# Integer loops: while/for loops over small ints with arithmetic, comparisons and bit operations
# (Collatz lengths, a digit sum and a xorshift generator), all in one function's locals.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def collatz_total(limit):
    total = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
    return total


def digit_sums(limit):
    total = 0
    i = 0
    while i < limit:
        n = i
        while n:
            total += n % 10
            n //= 10
        i += 1
    return total


def xorshift(count):
    x = 2463534242
    acc = 0
    for _ in range(count):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        acc = (acc + (x % 1000)) & 0xFFFFFF
    return acc


n = max(1, int(SCALE * 280000))
print("checksum", collatz_total(n // 2), digit_sums(n * 2), xorshift(n * 3))
