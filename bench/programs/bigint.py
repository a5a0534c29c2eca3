# Bigint arithmetic: digits of pi by the unbounded spigot (multiply, add, floor-divide of
# growing ints), factorials, powers modulo, and conversion of big ints to decimal text in chunks.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return "".join(str(d) for d in out)


def factorial_digits(n):
    # str() of a big int is limited to 4300 digits, so split it by divmod into 50-digit chunks.
    f = 1
    for i in range(2, n + 1):
        f *= i
    chunks = 0
    digit_sum = 0
    while f:
        f, low = divmod(f, 10 ** 50)
        chunks += 1
        digit_sum += sum(int(c) for c in str(low))
    return chunks, digit_sum


def fib_mod(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a % (10 ** 12 + 39), a.bit_length()


n = max(10, int(5000 * SCALE ** 0.5))  # the spigot is quadratic in n
digits = pi_digits(n)
print("checksum", digits[-30:], factorial_digits(n * 2), fib_mod(n * 10),
      pow(3, 10 ** 5 + 3, 10 ** 40 + 7))
