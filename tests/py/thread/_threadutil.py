# Helpers for the thread tests: run a function in N threads started with _thread and wait for
# all of them (CPython 3.11, the oracle, has no joinable _thread threads).
import _thread


def run_threads(fn, n, args=()):
    """Runs fn(i, *args) in n threads and returns when every one has finished."""
    guard = _thread.allocate_lock()
    done = _thread.allocate_lock()
    done.acquire()
    left = [n]

    def body(i):
        try:
            fn(i, *args)
        finally:
            with guard:
                left[0] -= 1
                if left[0] == 0:
                    done.release()

    for i in range(n):
        _thread.start_new_thread(body, (i,))
    done.acquire()


def wait_count_zero():
    """Waits until _thread._count() drops to 0 (the finishing threads may still be exiting)."""
    import time
    while _thread._count():
        time.sleep(0.001)
