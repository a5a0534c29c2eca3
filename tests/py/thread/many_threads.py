# Threads started and ended by the thousand, and threads that start threads.
import _thread
from _threadutil import run_threads, wait_count_zero

total = [0]
lock = _thread.allocate_lock()


def tick(i):
    with lock:
        total[0] += 1


for batch in range(10):
    run_threads(tick, 100)
print(total[0])


def spawner(i, depth):
    tick(i)
    if depth:
        run_threads(spawner, 2, (depth - 1,))


total[0] = 0
run_threads(spawner, 2, (5,))
print(total[0])
wait_count_zero()
print(_thread._count())
