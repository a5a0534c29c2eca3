# queue.SimpleQueue ping-pong: two threads pass a token back and forth through two SimpleQueues,
# so every message is a put, a blocking get and a thread hand-off.
import queue
import sys
import threading

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0

ping = queue.SimpleQueue()
pong = queue.SimpleQueue()
n = max(1, int(SCALE * 45000))


def echo():
    while True:
        v = ping.get()
        if v is None:
            break
        pong.put(v + 1)


t = threading.Thread(target=echo)
t.start()
total = 0
for i in range(n):
    ping.put(i)
    total += pong.get()
ping.put(None)
t.join()
print("checksum", total)
