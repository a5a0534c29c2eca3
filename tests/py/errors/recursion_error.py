# Unbounded recursion raises RecursionError (a RuntimeError), which can be caught.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError:
    print('caught')

def depth_reached():
    count = [0]
    def dive():
        count[0] += 1
        dive()
    try:
        dive()
    except RecursionError:
        return count[0] > 100
print(depth_reached())
try:
    forever(0)
except RuntimeError as e:
    print('caught as RuntimeError', type(e).__name__)

def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError:
    print('caught mutual recursion')

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(100) % 1000003)
