# time.sleep() waits at least the requested time; sleep(0) returns at once; negative raises.
import time
start = time.monotonic()
time.sleep(0.05)
elapsed = time.monotonic() - start
print(elapsed >= 0.04, elapsed < 5)
print(time.sleep(0))
time.sleep(0.001)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
try:
    time.sleep('1')
except TypeError:
    print('TypeError')
