# try/except*: raising inside a clause. A bare `raise` re-raises the matched part in its place in
# the original group; a new exception is added next to what is re-raised, with the matched part
# as its context; sys.exception() is the matched part. (A lone new exception raised from a group
# is no longer wrapped since 3.12: lang313/except_star_313.py.)
import sys


def attempt(body):
    try:
        body()
    except BaseException as e:
        print("escaped:", repr(e))
        return e


def reraise_part():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2),
                                    ExceptionGroup("in", [ValueError(3), KeyError(4)])])
    except* ValueError:
        raise
    except* KeyError:
        pass


attempt(reraise_part)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("sys.exception() is the match:", sys.exception() is e)
        raise RuntimeError("new")


e = attempt(raise_new)
print(repr(e.exceptions[0].__context__), repr(e.exceptions[1]))


def raise_in_two_clauses():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise IndexError("from T")


attempt(raise_in_two_clauses)


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


e = attempt(naked_reraise)
print(repr(e.exceptions[0]))


def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")


e = attempt(naked_new)
print(repr(e.__context__))


def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("k") from e


e = attempt(raise_from)
print(repr(e.exceptions[0].__cause__), repr(e.exceptions[1]))


def handled_fully():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        print("handled", e.exceptions)
    return "returned normally"


print(attempt(handled_fully) is None)
print("sys.exception() after:", sys.exception())


# Nested except* statements.
def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
    except* ValueError as e:
        print("outer caught", repr(e))
    except* TypeError as e:
        print("outer caught", repr(e))


nested()
