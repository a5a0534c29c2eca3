# dir() and vars() with classes: __dir__ on instances and metaclasses, the default object/type
# __dir__, slots objects without __dict__, and modules.
import sys


class A:
    x = 1

    def __dir__(self):
        return ["b", "a", "b"]


print(dir(A()), "x" in dir(A), "__dir__" in dir(A))


class S:
    __slots__ = ("x",)


try:
    vars(S())
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(S()) if not n.startswith("__")], dir(S) == dir(S()), "__slots__" in dir(S))


class M(type):
    def __dir__(cls):
        return ("z", "y")


class C(metaclass=M):
    attr = 1


print(dir(C), "attr" in dir(C()))


class Base:
    base_attr = 1


class Derived(Base):
    derived_attr = 2

    def __init__(self):
        self.inst = 3


d = Derived()
print([n for n in dir(d) if not n.startswith("__")], vars(d), sorted(vars(Derived))[:3])
print(sorted(set(dir(int)) - set(dir(object)))[:5], "append" in dir([]))
print(object.__dir__(d) is not None, sorted(type.__dir__(Derived))[-2:], "path" in dir(sys))


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)
