# .exp: the oracle is CPython 3.11, which wraps a single exception raised in an except* clause
# (when nothing else is left) in ExceptionGroup('', [...]); 3.12+ raises it as it is. Expected
# output from CPython 3.13. Also the 3.12 message of split() for an invalid condition.
def single_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("k") from e


try:
    single_new()
except BaseException as e:
    print("escaped:", repr(e), repr(e.__cause__))


def single_new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")


try:
    single_new_and_rest()
except BaseException as e:
    print("escaped:", repr(e))

try:
    ExceptionGroup("g", [ValueError()]).split(3)
except TypeError as e:
    print("TypeError:", e)
