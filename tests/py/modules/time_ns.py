# The *_ns clocks return ints and agree with their float counterparts.
import time
n1 = time.monotonic_ns()
n2 = time.monotonic_ns()
print(type(n1).__name__, n2 >= n1)
t_ns = time.time_ns()
t = time.time()
print(type(t_ns).__name__, abs(t_ns / 1e9 - t) < 5)
print(t > 1.6e9, t_ns > 1600000000 * 10 ** 9)
p = time.perf_counter_ns()
print(type(p).__name__, time.perf_counter_ns() >= p)
m = time.monotonic()
print(abs(time.monotonic_ns() / 1e9 - m) < 5)
