# Uncontended Lock: one thread acquires and releases a threading.Lock, through `with`, through
# acquire()/release(), and with a non-blocking acquire, in a tight loop.
import sys
import threading

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

lock = threading.Lock()
n = max(1, int(SCALE * 1500000))
count = 0
for _ in range(n):
    with lock:
        count += 1
for _ in range(n):
    lock.acquire()
    count += 1
    lock.release()
for _ in range(n):
    if lock.acquire(False):
        count += 1
        lock.release()
print("checksum", count, lock.locked())
