# Many threads mutating one list at once (GIL-free mode runs them truly in parallel): every
# append lands, pops never return an item twice, and the list stays consistent.
import _thread
from _threadutil import run_threads

N_THREADS = 6
PER_THREAD = 3000
shared = []


def appender(i):
    for k in range(PER_THREAD):
        shared.append(i * PER_THREAD + k)


run_threads(appender, N_THREADS)
print(len(shared), sorted(shared) == list(range(N_THREADS * PER_THREAD)))

# appends, pops, inserts, reads and slices at once
popped = []
plock = _thread.allocate_lock()
box = list(range(2000))


def mixed(i):
    mine = []
    for k in range(1500):
        op = (k + i) % 6
        if op == 0:
            box.append(("t", i, k))
        elif op == 1:
            try:
                mine.append(box.pop())
            except IndexError:
                pass
        elif op == 2:
            box.insert(k % 7, ("t", i, k))
        elif op == 3:
            n = len(box)
            if n:
                try:
                    box[k % n]
                except IndexError:
                    pass
        elif op == 4:
            box[0:2]
        else:
            try:
                box.remove(("t", i, k - 5))
            except ValueError:
                pass
    with plock:
        popped.extend(mine)


run_threads(mixed, N_THREADS)
everything = box + popped
ints = [x for x in everything if type(x) is int]
print(sorted(ints) == sorted(set(ints)), all(type(x) in (int, tuple) for x in everything))
tuples = [x for x in everything if type(x) is tuple]
print(len(tuples) == len(set(tuples)))

# extend / sort / reverse / clear racing with appends: no crash, consistent length
target = []


def churn(i):
    for k in range(300):
        if i == 0 and k % 50 == 0:
            try:
                target.sort(key=lambda x: x)
            except (ValueError, TypeError):
                pass
        elif i == 1 and k % 40 == 0:
            target.reverse()
        else:
            target.extend([k, k])


run_threads(churn, 4)
print(len(target) % 2 == 0, len(target) > 0)
