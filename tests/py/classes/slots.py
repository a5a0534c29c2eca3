# __slots__: member descriptors, no instance __dict__, inheritance of slots, '__dict__' in
# __slots__, name mangling, and the errors CPython reports.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, P.x, type(P.__dict__["x"]).__name__, P.__slots__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", str(e).split(" and ")[0])
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), "__dict__" in P.__dict__, "__weakref__" in P.__dict__)
print(P.x.__name__, P.x.__qualname__, P.x.__objclass__ is P)


class Q(P):
    __slots__ = ("z",)


q = Q(5)
q.z = 6
q.y = 7
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class WithDict(P):
    pass


w = WithDict(1)
w.other = 2
print(w.__dict__, w.x)


class Explicit:
    __slots__ = ["a", "__dict__"]


e = Explicit()
e.a = 1
e.b = 2
print(e.a, e.__dict__)


class Private:
    __slots__ = ("__secret", "plain")

    def set(self, v):
        self.__secret = v

    def get(self):
        return self.__secret


pr = Private()
pr.set(5)
print(pr.get(), "_Private__secret" in Private.__dict__, sorted(k for k in Private.__dict__ if not k.startswith("__")))


class Str:
    __slots__ = "only"


s = Str()
s.only = 1
print(s.only, Str.__slots__)

for ns in ({"__slots__": 1}, {"__slots__": [1]}, {"__slots__": ["1x"]}, {"__slots__": ["x"], "x": 1},
           {"__slots__": ["__dict__", "__dict__"]}):
    try:
        type("T", (), ns)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    type("T", (int,), {"__slots__": ["x"]})
except TypeError as e:
    print("TypeError:", e)
try:
    type("T", (WithDict,), {"__slots__": ["__dict__"]})
except TypeError as e:
    print("TypeError:", e)


class A:
    __slots__ = ("a",)


class B:
    __slots__ = ("b",)


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Empty1:
    __slots__ = ()


class Empty2:
    __slots__ = ()


class Both(Empty1, Empty2):
    __slots__ = ()


print(hasattr(Both(), "__dict__"))
try:
    P.x.__get__(5)
except TypeError as e:
    print("TypeError:", e)


class IntSub(int):
    __slots__ = ()


print(IntSub(3) + 1, hasattr(IntSub(3), "__dict__"))
many = [P(i) for i in range(1000)]
print(sum(m.x for m in many))
