# A shared counter under a Lock: THREADS threads each add to one counter inside `with lock`,
# so the lock is contended whenever more than one thread runs.
# bench: variants=1,2,N   (argv: SCALE THREADS)
import sys
import threading

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
THREADS = int(sys.argv[2]) if len(sys.argv) > 2 else 1

lock = threading.Lock()
state = {"count": 0, "sum": 0}


def work(n, k):
    for i in range(n):
        with lock:
            state["count"] += 1
            state["sum"] += (i * k) % 7


total = max(THREADS, int(SCALE * 1500000))
per = total // THREADS
threads = [threading.Thread(target=work, args=(per, k + 1)) for k in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("checksum", state["count"], state["count"] == per * THREADS)
