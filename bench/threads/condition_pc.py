# Condition producer/consumer: two producers and two consumers share a bounded buffer (capacity
# 16) guarded by one Condition, with wait() on full/empty and notify() on every change.
import sys
import threading

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

CAPACITY = 16
n = max(2, int(SCALE * 250000)) // 2
cond = threading.Condition()
buf = []
consumed = [0, 0]
done = [0]


def producer(base):
    for i in range(n):
        with cond:
            while len(buf) >= CAPACITY:
                cond.wait()
            buf.append(base + i)
            cond.notify_all()


def consumer(slot):
    while True:
        with cond:
            while not buf and done[0] < 2 * n:
                cond.wait()
            if done[0] >= 2 * n:
                cond.notify_all()
                return
            v = buf.pop(0)
            done[0] += 1
            consumed[slot] += v % 1000
            cond.notify_all()


threads = [threading.Thread(target=producer, args=(k * 1000000,)) for k in range(2)]
threads += [threading.Thread(target=consumer, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("checksum", done[0], sum(consumed))
