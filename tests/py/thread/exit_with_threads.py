# The main thread ends while other threads run, block and allocate: the process exits with the
# main thread's status, nothing crashes and nothing of theirs runs after finalisation.
import _thread
import time

started = _thread.allocate_lock()
count = [0]
never = _thread.allocate_lock()
never.acquire()


def spin(i):
    with started_lock:
        count[0] += 1
    data = []
    while True:
        data.append([i] * 10)
        if len(data) > 1000:
            data = []


def block(i):
    with started_lock:
        count[0] += 1
    never.acquire()


def sleeper(i):
    with started_lock:
        count[0] += 1
    time.sleep(100)


started_lock = _thread.allocate_lock()
for i in range(3):
    _thread.start_new_thread(spin, (i,))
    _thread.start_new_thread(block, (i,))
    _thread.start_new_thread(sleeper, (i,))
while True:
    with started_lock:
        if count[0] == 9:
            break
    time.sleep(0.001)
print("main done", _thread._count())
