# Dicts with int keys: insert, lookup, update in place, membership, delete and iteration
# (a counting histogram, a memo table and a sliding window of recent keys).
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def histogram(n):
    counts = {}
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = x % 5003
        counts[k] = counts.get(k, 0) + 1
    return sum(k * v for k, v in counts.items()) % 1000003


def window(n):
    d = {}
    hits = 0
    for i in range(n):
        d[i] = i * 2
        if i - 100 in d:
            hits += d[i - 100]
            del d[i - 100]
    return hits % 1000003, len(d)


def memo_paths(size):
    memo = {}
    for r in range(size):
        for c in range(size):
            if r == 0 or c == 0:
                memo[r * size + c] = 1
            else:
                memo[r * size + c] = (memo[(r - 1) * size + c] + memo[r * size + c - 1]) % 1000003
    return memo[size * size - 1]


results = []
for r in range(max(1, int(SCALE * 13))):
    results.append((histogram(200000 + r), window(200000 - r), memo_paths(300 + r)))
print("checksum", results[0], results[-1])
