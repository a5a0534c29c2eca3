# time.monotonic() and time.perf_counter() never go backwards.
import time
a = time.monotonic()
b = time.monotonic()
print(type(a).__name__, b >= a)
values = []
for _ in range(100):
    values.append(time.monotonic())
print(values == sorted(values))
p1 = time.perf_counter()
total = 0
for i in range(10000):
    total += i
p2 = time.perf_counter()
print(p2 >= p1, total)
