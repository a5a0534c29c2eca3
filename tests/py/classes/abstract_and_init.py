# __abstractmethods__ (what abc builds on), __init__ results, __new__ returning other objects,
# __set_name__ errors, and three-argument pow() with a class.
class A:
    pass


A.__abstractmethods__ = frozenset({"g", "f"})
for _ in range(2):
    try:
        A()
    except TypeError as e:
        # CPython 3.12+ words the rest of this message differently from 3.11.
        print("TypeError:", str(e).startswith("Can't instantiate abstract class A with"))
    A.__abstractmethods__ = frozenset({"f"})
print(sorted(A.__abstractmethods__))
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)
del A.__abstractmethods__
for target in (A, type, int):
    try:
        target.__abstractmethods__
    except AttributeError as e:
        print("AttributeError:", e)
print("__abstractmethods__" in A.__dict__)


class B(A):
    pass


A.__abstractmethods__ = {"x"}
print(type(B()).__name__)


class ReturnsValue:
    def __init__(self):
        return 5


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance

    def __init__(self):
        print("init runs every time")


print(Singleton() is Singleton())


class NotInstance:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(NotInstance())


class Other:
    def __init__(self):
        print("Other.__init__ not called")


class MakesOther:
    def __new__(cls):
        return object.__new__(Other)


print(type(MakesOther()).__name__)


class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)


try:
    class Owner:
        attr = BadSetName()
except (ValueError, RuntimeError):
    # CPython 3.12+ raises the ValueError itself with a note, 3.11 a RuntimeError from it.
    print("error from __set_name__")


class PowMod:
    def __pow__(self, exp, mod=None):
        return ("pow", exp, mod)


class RPowOnly:
    def __rpow__(self, other):
        return "rpow"


print(pow(PowMod(), 2, 5), pow(PowMod(), 3), 2 ** RPowOnly())
try:
    pow(2, RPowOnly(), 5)
except TypeError as e:
    print("TypeError:", e)
