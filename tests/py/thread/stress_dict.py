# Many threads updating one dict (and a module's globals) at once: no update is lost, no crash,
# and iteration during mutation either completes or raises the usual RuntimeError.
import _thread
from _threadutil import run_threads

N_THREADS = 6
PER_THREAD = 2000
shared = {}


def writer(i):
    for k in range(PER_THREAD):
        shared[(i, k)] = k
        if k % 3 == 0:
            del shared[(i, k)]


run_threads(writer, N_THREADS)
expected = {(i, k): k for i in range(N_THREADS) for k in range(PER_THREAD) if k % 3}
print(len(shared), shared == expected)

counters = {"hits": 0}
lock = _thread.allocate_lock()


def counter(i):
    for k in range(1000):
        with lock:
            counters["hits"] += 1
        counters[i] = counters.get(i, 0) + 1


run_threads(counter, N_THREADS)
print(counters["hits"], sorted(v for k, v in counters.items() if k != "hits"))

errors = []
elock = _thread.allocate_lock()
churning = {}


def churn(i):
    for k in range(800):
        if i % 2:
            churning[k % 97, i] = k
            churning.pop((k % 89, i), None)
        else:
            try:
                total = 0
                for key in churning:
                    total += 1
                list(churning.items())
                churning.copy()
            except RuntimeError as e:
                with elock:
                    errors.append(str(e))


run_threads(churn, N_THREADS)
print(set(errors) <= {"dictionary changed size during iteration",
                      "dictionary keys changed during iteration"})
print(all(type(k) is tuple for k in churning))

# module globals updated from many threads
g_total = 0
glock = _thread.allocate_lock()


def bump(i):
    global g_total
    for k in range(500):
        with glock:
            g_total += 1
        globals()["g_%d" % i] = k


run_threads(bump, N_THREADS)
print(g_total, sorted(globals()["g_%d" % i] for i in range(N_THREADS)))
