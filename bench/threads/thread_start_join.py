# Thread start+join: creates, starts and joins many short-lived threads, one at a time and in
# batches of 8, each doing a trivial amount of work.
import sys
import threading

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

results = []


def task(i):
    results.append(i * 2)


n = max(8, int(SCALE * 4000))
for i in range(n):
    t = threading.Thread(target=task, args=(i,))
    t.start()
    t.join()
for b in range(0, n, 8):
    batch = [threading.Thread(target=task, args=(i,)) for i in range(b, b + 8)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
print("checksum", len(results), sum(results))
