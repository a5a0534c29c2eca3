# Allocation storms in several threads: collections stop the world while every thread allocates,
# some call gc.collect() themselves, and every object built survives intact.
import _thread
import gc
from _threadutil import run_threads

results = {}
lock = _thread.allocate_lock()


def storm(i):
    keep = []
    for k in range(4000):
        node = {"i": i, "k": k, "items": [k] * (k % 5), "text": "t%d-%d" % (i, k)}
        if k % 10 == 0:
            keep.append(node)
        if i == 0 and k % 1000 == 0:
            gc.collect()
    ok = all(n["text"] == "t%d-%d" % (i, n["k"]) and len(n["items"]) == n["k"] % 5 for n in keep)
    with lock:
        results[i] = (len(keep), ok)


for round in range(3):
    run_threads(storm, 5)
print(sorted(results.items()))

# deep structures shared between threads while others collect
chain = None
for k in range(2000):
    chain = (k, chain)


def walker(i, depth_out):
    n, c = 0, chain
    while c is not None:
        n += 1
        c = c[1]
        if n % 500 == 0:
            gc.collect()
    with lock:
        depth_out.append(n)


depths = []
run_threads(walker, 4, (depths,))
print(depths)
