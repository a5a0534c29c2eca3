# Generators: generator functions with yield and yield from, generator expressions consumed by
# sum/any/max, pipelines of chained generators, and send().
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


def squared(src):
    for v in src:
        yield v * v


def chunks(src, size):
    buf = []
    for v in src:
        buf.append(v)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(nested):
    for item in nested:
        yield from item


def accumulator():
    total = 0
    while True:
        v = yield total
        total += v


def run(n):
    pipeline = sum(squared(evens(naturals(n)))) % 1000003
    sizes = sum(len(c) for c in chunks(naturals(n), 7))
    flat = sum(flatten([range(i % 10) for i in range(n // 10)]))
    biggest = max(v % 1013 for v in naturals(n))
    anyhit = any(v == n - 1 for v in naturals(n))
    acc = accumulator()
    next(acc)
    last = 0
    for i in range(n // 2):
        last = acc.send(i)
    return pipeline, sizes, flat, biggest, anyhit, last


print("checksum", run(max(10, int(SCALE * 2800000))))
