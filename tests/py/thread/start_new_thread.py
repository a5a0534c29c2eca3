# _thread.start_new_thread: arguments, keyword arguments, idents, _count, and its errors.
import _thread
from _threadutil import run_threads, wait_count_zero

results = []
lock = _thread.allocate_lock()


def work(i, scale, offset=0):
    with lock:
        results.append(i * scale + offset)


run_threads(work, 8, (10,))
print(sorted(results))

# kwargs are passed through
done = _thread.allocate_lock()
done.acquire()
seen = {}


def with_kwargs(a, b, c=None, d=None):
    seen["args"] = (a, b, c, d)
    done.release()


_thread.start_new_thread(with_kwargs, (1, 2), {"d": 4})
done.acquire()
print(seen["args"])

# idents: distinct per live thread, the same within one thread, ints
idents = []
main_ident = _thread.get_ident()


def record(i):
    a = _thread.get_ident()
    b = _thread.get_ident()
    with lock:
        idents.append((a == b, a != main_ident, type(a).__name__))


run_threads(record, 5)
print(sorted(idents))
print(type(_thread.get_native_id()).__name__, _thread.get_native_id() > 0)

# the return value is the new thread's ident
got = []
gate = _thread.allocate_lock()
gate.acquire()


def report():
    got.append(_thread.get_ident())
    gate.release()


ident = _thread.start_new_thread(report, ())
gate.acquire()
print(ident == got[0])

wait_count_zero()
print("count", _thread._count())


def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


check(lambda: _thread.start_new_thread(1, ()))
check(lambda: _thread.start_new_thread(print, []))
check(lambda: _thread.start_new_thread(print, (), []))
check(lambda: _thread.start_new_thread(print))
check(lambda: _thread.start_new_thread())
check(lambda: _thread.start_new_thread(print, (), {}, 1))
check(lambda: _thread.get_ident(1))
check(lambda: _thread.allocate_lock(1))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
print(_thread.start_new is _thread.start_new_thread or _thread.start_new.__name__)
