# sys.exit from deep inside the program, with cleanup in finally blocks, exits with status 9.
import sys

def worker(n):
    try:
        if n == 0:
            print('exiting')
            sys.exit(9)
        worker(n - 1)
    finally:
        print('unwinding', n)

worker(3)
