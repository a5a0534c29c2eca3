# _thread.RLock: reentrancy, ownership, the Condition hooks and the errors.
import _thread


def depth(lock):
    # RLock._recursion_count() is new in CPython 3.12 (the oracle is 3.11): read the repr.
    return int(repr(lock).split("count=")[1].split()[0]) if lock._is_owned() else 0


r = _thread.RLock()
print(type(r).__name__, repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(r.acquire(), r.acquire(), depth(r), r._is_owned())
print(repr(r).startswith("<locked _thread.RLock object owner=%d count=2 at" % _thread.get_ident()))
print(r.release(), depth(r), r.release(), depth(r), r._is_owned())

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: r.release())
check(lambda: r._release_save())
check(lambda: r.acquire(False, 1))
try:
    r.acquire(True, -3)
except ValueError:
    print("ValueError")  # worded differently by CPython 3.11 and 3.13

with r:
    with r:
        print("nested", depth(r))
print("after", depth(r))

r.acquire(); r.acquire(); r.acquire()
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned(), depth(r))
r._acquire_restore(state)
print(depth(r), r._is_owned())

# Another thread cannot release or take it while it is held.
out = []
done = _thread.allocate_lock()
done.acquire()

def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r.acquire(False))
    out.append(r._is_owned())
    out.append(depth(r))
    done.release()

_thread.start_new_thread(other, ())
done.acquire()
print(out)
for _ in range(3):
    r.release()
print(r._is_owned())

# Now the other thread can take it, and we cannot release its acquisition.
got = _thread.allocate_lock(); got.acquire()
go = _thread.allocate_lock(); go.acquire()
def holder():
    r.acquire()
    got.release()
    go.acquire()
    r.release()
    got.release()
_thread.start_new_thread(holder, ())
got.acquire()
print(r.acquire(False), r._is_owned())
check(lambda: r.release())
go.release()
got.acquire()
print(r.acquire(False), depth(r))
r.release()
