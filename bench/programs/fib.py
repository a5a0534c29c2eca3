# Recursion: naive Fibonacci, a tree of small Python calls doing an int compare and an add.
# argv[1] scales the work (default 1.0); prints a checksum that must match CPython's.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(max(1, int(200 * SCALE))):
    total += fib(22 + i % 4)
print("checksum", total)
