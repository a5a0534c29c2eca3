# `with` on user classes: __enter__ result, __exit__ arguments, suppression, exceptions raised in
# __enter__/__exit__, nested and multiple managers, and missing methods.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress


with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

with CM("x") as x, CM("y") as y:
    print("both", x, y)

with (CM("p") as p,
      CM("q")):
    print("parenthesised", p)


def returns_inside():
    with CM("r"):
        return "returned"


print(returns_inside())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        pass


for obj in (NoExit(), NoEnter(), object()):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)


class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with FailEnter():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class FailExit:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        raise OSError("exit failed")


try:
    with FailExit():
        raise ValueError("inner")
except OSError as e:
    print("OSError:", e, type(e.__context__).__name__)


class TruthyExit:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return [1]


with TruthyExit():
    raise ZeroDivisionError
print("suppressed by truthy")


class InstanceAttrs:
    def __init__(self):
        self.__enter__ = lambda: "instance"
        self.__exit__ = lambda *a: None


try:
    with InstanceAttrs():
        pass
except TypeError as e:
    print("TypeError:", e)


class Inherited(CM):
    pass


with Inherited("inh") as v:
    print(v)
