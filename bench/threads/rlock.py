# RLock: re-entrant acquire/release by its owner, nested three deep and flat, uncontended,
# plus a short contended phase between two threads.
import sys
import threading

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

rlock = threading.RLock()
n = max(1, int(SCALE * 1100000))
count = 0
for _ in range(n):
    with rlock:
        with rlock:
            with rlock:
                count += 1
for _ in range(n):
    rlock.acquire()
    count += 1
    rlock.release()

shared = [0]


def worker(m):
    for _ in range(m):
        with rlock:
            with rlock:
                shared[0] += 1


threads = [threading.Thread(target=worker, args=(n // 5,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("checksum", count, shared[0])
