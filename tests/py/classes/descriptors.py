# The descriptor protocol: __get__/__set__/__delete__, data descriptors winning over the
# instance dict, non-data descriptors losing to it, descriptors on the class and metaclass.
class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        print("Data.__get__", obj is None, objtype.__name__ if objtype else None)
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__[self.name] = value * 10
    def __delete__(self, obj):
        print("Data.__delete__")
        obj.__dict__.pop(self.name, None)


class NonData:
    def __get__(self, obj, objtype=None):
        return "NonData from " + ("class" if obj is None else "instance")


class Owner:
    d = Data("d")
    n = NonData()


o = Owner()
print(o.d)
o.d = 4
print(o.d, o.__dict__)
o.__dict__["d"] = "shadow"
print(o.d)
del o.d
print(o.d)
print(o.n, Owner.n)
o.__dict__["n"] = "instance wins"
print(o.n)
print(isinstance(Owner.__dict__["d"], Data), Owner.d.name)


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class HasSetOnly:
    s = SetOnly()


h = HasSetOnly()
h.s = 1
print(type(h.s).__name__)
h.__dict__["s"] = "in dict"
print(type(h.s).__name__)


class GetOnlyDeleteMissing:
    def __get__(self, obj, t=None):
        return 1
    def __set__(self, obj, v):
        pass


class U:
    g = GetOnlyDeleteMissing()


try:
    del U().g
except AttributeError as e:
    print("AttributeError:", e)


class Meta(type):
    @property
    def meta_prop(cls):
        return "meta_prop of " + cls.__name__


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.meta_prop, hasattr(WithMeta(), "meta_prop"))


class Bound:
    def method(self):
        return self


b = Bound()
f = Bound.__dict__["method"]
print(f.__get__(b)() is b, f.__get__(None, Bound) is f, type(f.__get__(b)).__name__)
print(Bound.method is f, b.method == b.method, b.method is not b.method)


class Counter:
    def __init__(self):
        self.gets = 0
    def __get__(self, obj, objtype):
        self.gets += 1
        return self.gets


class UsesCounter:
    c = Counter()


print(UsesCounter.c, UsesCounter().c, UsesCounter.__dict__["c"].gets)


# A descriptor's __get__ added after the class exists.
class Later:
    pass


class HoldsLater:
    x = Later()


print(type(HoldsLater().x).__name__)
Later.__get__ = lambda self, obj, t: "now a descriptor"
print(HoldsLater().x)
print(type(int.__dict__["real"]).__name__, int.__dict__["real"].__get__(5), str.upper.__get__("a")())
