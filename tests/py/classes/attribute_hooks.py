# __getattr__, __getattribute__, __setattr__ and __delattr__, with object.__*attr__ calls from
# inside them, hasattr/getattr defaults, and the order of the hooks.
class Fallback:
    x = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("no"):
            raise AttributeError(name)
        return name.upper()


f = Fallback()
print(f.x, f.abc, getattr(f, "zz"), hasattr(f, "nope"), getattr(f, "nothing", "dflt"))
f.y = 5
print(f.y)


class Intercept:
    def __init__(self):
        self.real = "real"
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name


i = Intercept()
print(i.magic, i.real, i.missing)
print(type(i).__name__)


class Guard:
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        if name == "ro":
            raise AttributeError("read-only: " + name)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("__delattr__", name)
        super().__delattr__(name)


g = Guard()
g.a = 3
print(g.a, g.__dict__)
try:
    g.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
del g.a
try:
    del g.a
except AttributeError as e:
    print("AttributeError:", e)
setattr(g, "b", 1)
delattr(g, "b")


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    pass


t = Target()
p = Proxy(t)
p.v = 10
print(t.v, p.v, sorted(vars(t)), "_target" in vars(p))


class RaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    RaisesOther().q
except KeyError as e:
    print("KeyError:", e)
try:
    hasattr(RaisesOther(), "q")
except KeyError as e:
    print("KeyError from hasattr:", e)


class GAOnly:
    def __getattribute__(self, name):
        raise AttributeError("custom " + name)


try:
    GAOnly().x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(GAOnly(), "x", "default"))


# Hooks added after the class exists.
class Late:
    pass


Late.__getattr__ = lambda self, name: "late " + name
print(Late().anything)
del Late.__getattr__
try:
    Late().anything
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__getattribute__(Late(), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "x", 1)
except AttributeError as e:
    # CPython 3.13 adds " and no __dict__ for setting new attributes".
    print("AttributeError:", str(e).split(" and ")[0])
