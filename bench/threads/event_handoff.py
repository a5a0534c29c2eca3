# Event hand-off: two threads take turns, each waking the other with Event.set() and sleeping in
# Event.wait(), clearing its own event after every wake-up.
import sys
import threading

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

n = max(1, int(SCALE * 28000))
to_b = threading.Event()
to_a = threading.Event()
log = [0, 0]


def side_b():
    for _ in range(n):
        to_b.wait()
        to_b.clear()
        log[1] += 1
        to_a.set()


t = threading.Thread(target=side_b)
t.start()
for _ in range(n):
    to_b.set()
    to_a.wait()
    to_a.clear()
    log[0] += 1
t.join()
print("checksum", log)
