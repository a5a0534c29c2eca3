# try/except*: each clause takes the matching part of the group; what no clause handles is
# re-raised at the end; a lone exception is wrapped in an ExceptionGroup('', [exc]).
def run(make, *types):
    try:
        try:
            raise make()
        except* ValueError as e:
            print("  ValueError clause:", repr(e))
        except* (TypeError, KeyError) as e:
            print("  Type/Key clause:", repr(e))
        except* OSError:
            print("  OSError clause")
    except BaseException as e:
        print("  escaped:", repr(e))
    else:
        pass


print("group")
run(lambda: ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3), IndexError(4)]))
print("nested")
run(lambda: ExceptionGroup("eg", [ExceptionGroup("in", [ValueError(1), IndexError(2)]),
                                  OSError(3)]))
print("naked matching")
run(lambda: ValueError("naked"))
print("naked not matching")
run(lambda: ZeroDivisionError("z"))
print("base exception group")
run(lambda: BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()]))


# else and finally run as with try/except.
def flow(fail):
    try:
        if fail:
            raise ExceptionGroup("f", [ValueError()])
    except* ValueError:
        print("handled")
    else:
        print("else")
    finally:
        print("finally")


flow(True)
flow(False)

# A clause without `as` and a clause that matches nothing left.
try:
    raise ExceptionGroup("x", [TypeError(1)])
except* TypeError:
    print("first")
except* TypeError:
    print("never: nothing left to match")

# The name bound by `as` is deleted after the clause.
try:
    raise ExceptionGroup("x", [TypeError(1)])
except* TypeError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# Loops inside a clause may break and continue.
try:
    raise ExceptionGroup("loops", [ValueError(1)])
except* ValueError as e:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)


# except* inside a function, a generator and a loop.
def gen():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            yield e.exceptions[0].args[0]


print(list(gen()))
