# Many threads adding to and discarding from one set: every add lands, iteration never crashes.
import _thread
from _threadutil import run_threads

N_THREADS = 6
PER_THREAD = 2000
shared = set()


def adder(i):
    for k in range(PER_THREAD):
        shared.add(i * PER_THREAD + k)
        if k % 4 == 0:
            shared.discard(i * PER_THREAD + k)


run_threads(adder, N_THREADS)
expected = {i * PER_THREAD + k for i in range(N_THREADS) for k in range(PER_THREAD) if k % 4}
print(len(shared), shared == expected)

churn = set(range(100))
seen = []
slock = _thread.allocate_lock()


def mixed(i):
    for k in range(1000):
        if i % 2:
            churn.add(k % 150)
            churn.discard((k * 7) % 150)
        else:
            try:
                n = 0
                for x in churn:
                    n += 1
                churn | {1, 2}
            except RuntimeError as e:
                with slock:
                    seen.append(str(e))


run_threads(mixed, N_THREADS)
print(set(seen) <= {"Set changed size during iteration"}, all(0 <= x < 150 for x in churn))
