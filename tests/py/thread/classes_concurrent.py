# Threads creating classes while another thread changes a base class's methods and attributes:
# every call sees the old or the new method (slots and the method cache are updated while others
# read them), and classes made in threads work.
import _thread
import time

lock = _thread.allocate_lock()
done = []
seen = set()


class Base:
    counter = 0

    def val(self):
        return 1


def worker(n):
    local_seen = set()
    completed = False
    try:
        for i in range(1500):
            C = type("C%d" % n, (Base,), {"i": i})
            c = C()
            local_seen.add(c.val())
            local_seen.add(c + 0 if hasattr(Base, "__add__") else 0)
            Base.counter += 0
            assert c.i == i
        completed = True
    finally:
        # Reported even when the loop failed (as -1), so that the main thread never waits forever.
        with lock:
            done.append(n if completed else -1)
            seen.update(local_seen)


for n in range(4):
    _thread.start_new_thread(worker, (n,))
for i in range(1500):
    Base.val = (lambda self: 2) if i % 2 else (lambda self: 1)
    if i % 3 == 0:
        Base.__add__ = lambda self, other: 0
while True:
    with lock:
        if len(done) == 4:
            break
    time.sleep(0.01)
print(sorted(done), seen <= {0, 1, 2})
