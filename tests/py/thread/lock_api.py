# _thread.lock: acquire/release/locked, timeouts, the context manager, repr and every error.
import _thread
import time

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock) is _thread.LockType)
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(lock.locked(), lock.acquire(), lock.locked())
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(0))
t0 = time.monotonic()
print(lock.acquire(True, 0.05), lock.acquire(timeout=0.02))
print(time.monotonic() - t0 >= 0.06)
print(lock.release(), lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock())

with lock:
    print("inside", lock.locked())
print("after", lock.locked())

try:
    with lock:
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, lock.locked())


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def check_type(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


check(lambda: lock.release())
check(lambda: lock.acquire(False, 1))
# CPython 3.11 and 3.13 word this one differently: only the type is compared.
check_type(lambda: lock.acquire(True, -2))
check_type(lambda: lock.acquire(True, -0.5))
check(lambda: lock.acquire(1, 2, 3))
check_type(lambda: lock.acquire(x=1))  # worded differently by 3.11 and 3.13
check(lambda: lock.acquire(True, "a"))
check(lambda: lock.acquire(True, float("nan")))
check_type(lambda: lock.acquire(True, 1e10))  # worded differently by 3.11 and 3.13
check(lambda: lock.acquire(timeout=-1))
check(lambda: lock.locked())
check(lambda: lock.release())
check(lambda: lock.acquire(blocking=True, timeout=0))
check(lambda: lock.release())

# A lock released by another thread (locks have no owner).
gate = _thread.allocate_lock()
gate.acquire()
finished = _thread.allocate_lock()
finished.acquire()


def releaser():
    gate.release()
    finished.release()


_thread.start_new_thread(releaser, ())
print("released by other thread", gate.acquire(timeout=10))
finished.acquire()

# A waiter blocked in acquire() is woken by a release from another thread.
order = []
blocker = _thread.allocate_lock()
blocker.acquire()
done = _thread.allocate_lock()
done.acquire()


def waiter():
    blocker.acquire()
    order.append("waiter got it")
    blocker.release()
    done.release()


_thread.start_new_thread(waiter, ())
time.sleep(0.02)
order.append("main releases")
blocker.release()
done.acquire()
print(order)
