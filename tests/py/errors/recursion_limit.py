# setrecursionlimit raises or lowers the depth at which RecursionError is raised.
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

old = sys.getrecursionlimit()
print(old > 0)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(depth(2000))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError:
    print('caught at limit 200')
print(depth(50))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    sys.setrecursionlimit('x')
except TypeError:
    print('TypeError')
