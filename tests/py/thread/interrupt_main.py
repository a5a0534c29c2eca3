# _thread.interrupt_main raises KeyboardInterrupt in the main thread: while it computes, and
# while it waits in lock.acquire() (Weft wakes the waiter at once; CPython when the timeout ends).
import _thread
import time


def interrupt_soon(gate):
    gate.acquire()
    _thread.interrupt_main()


gate = _thread.allocate_lock()
gate.acquire()
_thread.start_new_thread(interrupt_soon, (gate,))
try:
    gate.release()
    n = 0
    while True:
        n += 1
except KeyboardInterrupt as e:
    print("interrupted while running", type(e).__name__, e.args)

blocked = _thread.allocate_lock()
blocked.acquire()
gate = _thread.allocate_lock()
gate.acquire()
_thread.start_new_thread(interrupt_soon, (gate,))
try:
    gate.release()
    blocked.acquire(timeout=2)
    time.sleep(0.01)  # CPython raises at the next check after the timeout
    print("not interrupted")
except KeyboardInterrupt:
    print("interrupted while waiting")

# An interrupt for another signal number than SIGINT does nothing.
_thread.interrupt_main(15)
time.sleep(0.01)
print("signal 15 ignored")
try:
    _thread.interrupt_main(0)
except ValueError as e:
    print("ValueError", e)
