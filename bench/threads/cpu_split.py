# CPU-bound work split over THREADS threads with no shared data: each thread runs an integer
# loop over its own slice of the range. The runner times 1, 2 and N threads to get the speed-up.
# bench: variants=1,2,N   (argv: SCALE THREADS)
import sys
import threading

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 1


def work(lo, hi, out, slot):
    total = 0
    for start in range(lo, hi):
        n = start
        while n != 1:
            n = n >> 1 if n & 1 == 0 else 3 * n + 1
            total += 1
    out[slot] = total


limit = max(THREADS * 2, int(SCALE * 90000))
results = [0] * THREADS
bounds = [1 + (limit - 1) * k // THREADS for k in range(THREADS + 1)]
threads = [threading.Thread(target=work, args=(bounds[k], bounds[k + 1], results, k))
           for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("checksum", sum(results))
