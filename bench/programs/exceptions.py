# Exceptions raised and caught in a loop: raise/except of built-in and nested exceptions, try/
# finally, exceptions from the runtime (KeyError, ZeroDivisionError, ValueError of int()), and
# exception chaining.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def check(i):
    if i % 3 == 0:
        raise ValueError("bad value %d" % i)
    return i


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def nested(i):
    try:
        try:
            return 10 // (i % 4)
        except ZeroDivisionError as e:
            raise LookupError("wrapped") from e
        finally:
            i += 1
    except LookupError as e:
        return 1 if e.__cause__ is not None else 0


def run(n):
    caught = 0
    total = 0
    d = {k: k for k in range(0, 100, 2)}
    for i in range(n):
        try:
            total += check(i)
        except ValueError as e:
            caught += len(e.args[0]) & 1
        total += lookup(d, i % 100)
        total += nested(i)
        try:
            total += int("x" if i % 5 == 0 else str(i))
        except ValueError:
            caught += 1
    return caught, total


print("checksum", run(max(1, int(SCALE * 1000000))))
