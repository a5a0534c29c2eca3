# Odds and ends of class objects: __class__ assignment, vars()/dir() on classes and instances,
# class attributes as counters (the method cache must notice every change), mappingproxy,
# __subclasses__, and classes as dict keys.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class WithSlots:
    __slots__ = ("x",)


a = A()
a.data = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.data, isinstance(a, B))
for target in (WithSlots, int, 5):
    try:
        a.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    (1).__class__ = B
except TypeError as e:
    print("TypeError:", e)


class Counter:
    count = 0

    def bump(self):
        Counter.count += 1
        return self.count


c = Counter()
print([c.bump() for _ in range(5)], Counter.count)


class Sub(Counter):
    pass


s = Sub()
print(s.count, s.bump(), s.count)
Sub.count = 100
print(s.count, Counter.count, c.count)
del Sub.count
print(s.count)

print(sorted(k for k in vars(A) if not k.startswith("__")), "who" in dir(A), "who" in dir(a))
print(sorted(k for k in dir(Sub) if not k.startswith("__")))
print(vars(a), sorted(x for x in dir(a) if not x.startswith("__")))
mp = A.__dict__
print(type(mp).__name__, "who" in mp, mp["who"].__name__, len(mp) > 0, mp.get("nothing", 0))
print(sorted(k for k in mp.keys() if not k.startswith("__")), repr(mp).startswith("mappingproxy({"))
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(mp == dict(mp), type(mp.copy()).__name__, list(iter(type("E", (), {}).__dict__))[:1])

registry = {A: "a", B: "b"}
print(registry[A], A in registry, hash(A) == hash(A), A == A, A != B)
print([k.__name__ for k in Counter.__subclasses__()], Sub.__subclasses__())
print(len(object.__subclasses__()) >= 0, type.__subclasses__(type) == [] or True)


class Chain:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self


print(Chain().add(1).add(2).items)


class Recursive:
    def __init__(self, depth):
        self.child = Recursive(depth - 1) if depth else None


r = Recursive(50)
n = 0
while r:
    n += 1
    r = r.child
print(n)
