# Subclassing int, float, str, tuple, set, frozenset and complex: construction through __new__,
# instance attributes on variable-size objects, inherited operators and methods, reprs.
class Meters(int):
    def __new__(cls, value, unit="m"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __repr__(self):
        return "%d%s" % (self, self.unit)


m = Meters(5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, m.unit, int(m), type(int(m)).__name__)
print(m == 5, hash(m) == hash(5), {m: "x"}[5], isinstance(m, int), m.bit_length(), -m, abs(Meters(-3)))
big = Meters(2 ** 100, "km")
big.extra = [1, 2]
print(big, big.extra, big.unit, big > 2 ** 99, str(big)[:5])
print([Meters(i).unit for i in range(3)], sum(Meters(i) for i in range(5)))


class Flag(int):
    pass


f = Flag(0)
f.name = "zero"
print(f, bool(f), f.name, f.__dict__, Flag(True), Flag("12"), Flag("ff", 16), repr(Flag(-7)))


class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32


c = Celsius(100)
c.note = "boiling"
print(c, c.fahrenheit(), c.note, round(c), c.is_integer(), Celsius("1.5"), float(c) + 1)


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
n.age = 30
print(n, n.shout(), n.age, len(n), n + "by", type(n + "by").__name__, n[0], n == "bob")
print(repr(n), str(n), type(str(n)).__name__, n.split("o"), "%s-%r" % (n, n), f"{n:>5}", hash(n) == hash("bob"))
print({n: 1}["bob"], "o" in n, n * 2, sorted([Name("b"), Name("a")]), Name(), Name(5), Name(b"x", "ascii"))
long_name = Name("x" * 1000)
long_name.tag = "long"
print(len(long_name), long_name.tag)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(1, 2)
p.label = "P"
print(p, p.x, p.label, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
a, b = p
print(a, b, p[::-1], p.count(1), tuple(p), isinstance(p, tuple))


class Empty(tuple):
    pass


e = Empty()
e.attr = 1
print(e, e.attr, Empty([1, 2, 3]), len(Empty(range(50))))


class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)


t = Tags()
t.add_all(3, 1, 2)
t.owner = "me"
print(sorted(t), t.owner, type(t | {9}).__name__, 2 in t, len(t))


class Frozen(frozenset):
    pass


fz = Frozen([1, 2])
fz.info = "i"
print(sorted(fz), fz.info, hash(fz) == hash(frozenset([1, 2])), fz == {1, 2})


class Cx(complex):
    pass


cx = Cx(1, 2)
cx.z = 0
print(cx, cx.z, cx.real, cx + 1)


class B(bytes):
    pass


bb = B(b"abc")
bb.meta = 1
print(bb, bb.meta, bb[0], bb.upper(), len(bb))
