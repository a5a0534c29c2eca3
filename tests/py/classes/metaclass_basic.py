# Metaclasses: metaclass=, __prepare__, __new__/__init__/__call__ on the metaclass, the metaclass
# of a derived class, class keyword arguments, and the metaclass conflict.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(kw))
        ns["added"] = "by Meta"
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(k for k in ns if not k.startswith("__")))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("Meta.__prepare__", name, sorted(kw))
        return {"prepared": True}


class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, sorted(kw))


class C(Base, metaclass=Meta, flag=1):
    x = 1

    def __init__(self, v):
        self.v = v


print(type(C) is Meta, C.added, C.prepared, C.x)
c = C(5)
print(c.v, type(c) is C)


class D(C):
    pass


print(type(D) is Meta, D.added)


# type(name, bases, dict) and a metaclass that is a plain function.
T = type("T", (Base,), {"y": 2, "method": lambda self: self.y * 10})
print(T, T.__name__, T.__module__, T().method(), type(T) is type)


def fn_meta(name, bases, ns):
    print("fn_meta", name, sorted(k for k in ns if not k.startswith("__")))
    return type(name, bases, ns)


class F(metaclass=fn_meta):
    z = 3


print(F.z, type(F))


class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass

try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)


class M3(M1, M2): pass
class Both(A1, A2, metaclass=M3): pass
print(type(Both).__name__)


class Sub1(M1): pass
class A3(metaclass=Sub1): pass
class Mixed(A1, A3): pass
print(type(Mixed).__name__)

try:
    class Kw(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class Uses(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)


# A metaclass's attributes are visible on the class, not on instances.
class WithMethod(type):
    def describe(cls):
        return "class " + cls.__name__
    tag = "meta-tag"


class Described(metaclass=WithMethod):
    pass


print(Described.describe(), Described.tag, hasattr(Described(), "tag"))


class Counting(type):
    count = 0
    def __call__(cls, *a):
        Counting.count += 1
        return super().__call__(*a)


class Counted(metaclass=Counting):
    pass


Counted(); Counted()
print(Counting.count)
print(type.__prepare__("x", ()), type(type.__dict__["__prepare__"]).__name__)
