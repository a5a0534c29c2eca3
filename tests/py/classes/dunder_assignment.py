# Special methods assigned or deleted after a class exists: the class and its subclasses change
# behaviour at once (their slots follow), including subclasses created earlier.
class Base:
    pass


class Child(Base):
    pass


class Grand(Child):
    def __repr__(self):
        return "Grand-repr"


b, c, g = Base(), Child(), Grand()
try:
    b + 1
except TypeError as e:
    print("TypeError:", e)

Base.__add__ = lambda self, o: ("add", type(self).__name__, o)
print(b + 1, c + 2, g + 3)
Child.__add__ = lambda self, o: "Child add"
print(b + 1, c + 2, g + 3)
del Child.__add__
print(c + 2, g + 3)
del Base.__add__
try:
    g + 3
except TypeError as e:
    print("TypeError:", e)

Base.__len__ = lambda self: 4
print(len(b), len(g), bool(c))
Base.__bool__ = lambda self: False
print(bool(b), bool(g))
del Base.__bool__, Base.__len__
print(bool(b))

Base.__repr__ = lambda self: "Base-repr"
print(repr(b), repr(c), repr(g))
Base.__str__ = lambda self: "Base-str"
print(str(b), str(g), "%s" % c)

Base.__getitem__ = lambda self, k: k * 2
print(b[2], g["x"], list(zip(range(3), c)) if False else c[5])
Base.__iter__ = lambda self: iter([1, 2])
print(list(b), list(g))
Base.__call__ = lambda self, *a: ("called", a)
print(b(1), g())
Base.__eq__ = lambda self, o: "eq!"
print(b == 1, g == c)
Base.__lt__ = lambda self, o: "lt!"
print(b < 1, 1 > b)
Base.__contains__ = lambda self, x: x == "in"
print("in" in g, "out" in g)
Base.__getattr__ = lambda self, n: "dyn " + n
print(g.anything)
Base.__hash__ = lambda self: 11
print(hash(b), hash(g))
Base.__neg__ = lambda self: "neg"
Base.__index__ = lambda self: 2
print(-g, [10, 20, 30][c])
Base.__enter__ = lambda self: "entered"
Base.__exit__ = lambda self, *a: None
with c as v:
    print(v)


class Later:
    pass


obj = Later()
setattr(Later, "__iadd__", lambda self, o: "iadd")
obj += 1
print(obj)
Later.__setattr__ = lambda self, n, v: print("setattr", n, v)
q = Later()
q.field = 1
print(hasattr(q, "field"))
del Later.__setattr__
q.field = 2
print(q.field)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


Meta.__call__ = lambda cls, *a: "meta call"
print(WithMeta())
Meta.__getitem__ = lambda cls, k: ("class item", k)
print(WithMeta[1])
Meta.__len__ = lambda cls: 3
print(len(WithMeta))
Meta.__repr__ = lambda cls: "<meta repr>"
print(WithMeta, [WithMeta])
Meta.__iter__ = lambda cls: iter("ab")
print(list(WithMeta))
