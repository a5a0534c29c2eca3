# _thread.stack_size and RecursionError in a thread with a small stack.
import _thread
import sys

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: _thread.stack_size())
check(lambda: _thread.stack_size(100))
check(lambda: _thread.stack_size(-1))
check(lambda: _thread.stack_size(1.5))
check(lambda: _thread.stack_size(1, 2))
check(lambda: _thread.stack_size(1 << 20))
check(lambda: _thread.stack_size(262144))
check(lambda: _thread.stack_size(0))

done = _thread.allocate_lock()
out = []


def recurse(n):
    return recurse(n + 1) + 1


def deep():
    try:
        recurse(0)
    except RecursionError as e:
        out.append("RecursionError")
    done.release()


_thread.stack_size(1 << 20)
done.acquire()
_thread.start_new_thread(deep, ())
done.acquire()
_thread.stack_size(0)
print(out)
