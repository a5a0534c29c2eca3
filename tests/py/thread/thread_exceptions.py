# An exception that ends a thread goes to sys.unraisablehook; SystemExit ends it silently.
import _thread
import sys

reports = []
done = _thread.allocate_lock()


def hook(u):
    reports.append((u.exc_type.__name__, str(u.exc_value), u.err_msg.startswith(
        "Exception ignored in thread started by")))


def fails(n):
    try:
        raise ValueError("boom %d" % n)
    finally:
        done.release()


def exits():
    try:
        raise SystemExit(5)
    finally:
        done.release()


def thread_exit():
    try:
        _thread.exit()
    finally:
        done.release()


sys.unraisablehook = hook
for target, args in ((fails, (1,)), (exits, ()), (thread_exit, ()), (fails, (2,))):
    done.acquire()
    _thread.start_new_thread(target, args)
    done.acquire()
    done.release()
    # the report is made after the finally block ran: wait for the thread to finish
    import time
    while _thread._count():
        time.sleep(0.001)
print(reports)
print(sys.__unraisablehook__ is not hook, callable(sys.__unraisablehook__))
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
