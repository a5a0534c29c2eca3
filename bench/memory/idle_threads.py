# Memory per idle thread: starts COUNT threads that all block on one Event, waits until every
# one has checked in on its way to Event.wait(), then releases and joins them. The runner compares peak RSS against COUNT = 0.
# argv: SCALE COUNT  (SCALE is ignored: the work is the thread count)
import sys
import threading

COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 1000

go = threading.Event()
lock = threading.Lock()
ready = threading.Condition(lock)
waiting = [0]


def idle():
    with ready:
        waiting[0] += 1
        ready.notify()
    go.wait()


threads = [threading.Thread(target=idle) for _ in range(COUNT)]
for t in threads:
    t.start()
with ready:
    while waiting[0] < COUNT:
        ready.wait()
go.set()
for t in threads:
    t.join()
print("checksum", waiting[0])
