# ThreadPoolExecutor: submit() of many small tasks to a pool of 4 workers and result() of each
# future, then executor.map over the same work, both in batches of 500.
import sys
from concurrent.futures import ThreadPoolExecutor

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def task(i):
    return i * i % 1009


n = max(1, int(SCALE * 40000))
total = 0
with ThreadPoolExecutor(max_workers=4) as pool:
    for lo in range(0, n, 500):
        futures = [pool.submit(task, i) for i in range(lo, min(n, lo + 500))]
        total += sum(f.result() for f in futures)
    for lo in range(0, n, 500):
        total += sum(pool.map(task, range(lo, min(n, lo + 500))))
print("checksum", total)
