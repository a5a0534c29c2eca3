# List comprehensions and sorting: nested and filtered comprehensions, sorted() with keys and
# reverse, list.sort on ints, strs and tuples, slicing and reversal.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def make_ints(n):
    x = 1
    out = []
    for _ in range(n):
        x = (x * 48271) % 2147483647
        out.append(x % 100000)
    return out


def run(n):
    ints = make_ints(n)
    squares = [v * v for v in ints if v % 3]
    pairs = [(v % 100, v) for v in ints]
    grid = [[r * c for c in range(30)] for r in range(30)]
    flat = [x for row in grid for x in row if x % 2 == 0]
    a = sorted(ints)
    b = sorted(pairs, key=lambda p: (p[0], -p[1]))
    words = ["w%d" % (v % 5000) for v in ints]
    words.sort()
    c = sorted(ints, reverse=True)[:10]
    d = sorted(words, key=len)
    ints.sort()
    return (sum(squares) % 1000003, len(flat), a[::997][:10], b[:3], words[:3], c, d[-1],
            ints == a)


total = None
for _ in range(max(1, int(SCALE * 6))):
    total = run(100000)
print("checksum", total)
