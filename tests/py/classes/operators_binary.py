# Binary operators on classes: every dunder, the reflected forms, NotImplemented, and subclass
# priority for the reflected method.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % (self.v,)


NAMES = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow",
         "lshift", "rshift", "and", "or", "xor"]


def make_op(name):
    def op(self, other):
        o = other.v if isinstance(other, V) else other
        return V((name, self.v, o))
    def rop(self, other):
        return V(("r" + name, other, self.v))
    return op, rop


for n in NAMES:
    op, rop = make_op(n)
    setattr(V, "__%s__" % n, op)
    setattr(V, "__r%s__" % n, rop)

a = V(1)
b = V(2)
print(a + b, a - b, a * b, a @ b, a / b, a // b, a % b, a ** b)
print(a << b, a >> b, a & b, a | b, a ^ b)
print(1 + a, 1 - a, 1 * a, 1 @ a, 1 / a, 1 // a, 1 % a, 1 ** a)
print(1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a)
print(a + 3, "s" + a, [1] + a, divmod(7, 2))
print(pow(a, 2))


class Num:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.n + other.n)
        if isinstance(other, int):
            return Num(self.n + other)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return "Num(%d)" % self.n


print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)))
try:
    Num(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Num(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) - Num(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) < 3
except TypeError as e:
    print("TypeError:", e)


# A subclass that overrides the reflected method is tried first.
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


class Plain(Base):
    pass


print(Base() + Derived(), Derived() + Base(), Base() + Plain(), Plain() + Base())


class OnlyRight:
    def __rsub__(self, other):
        return ("rsub", other)


print(10 - OnlyRight(), [1] - OnlyRight() if False else "skip")
try:
    OnlyRight() - 10
except TypeError as e:
    print("TypeError:", e)


class RNotImpl:
    def __radd__(self, other):
        return NotImplemented


try:
    1 + RNotImpl()
except TypeError as e:
    print("TypeError:", e)


class Div:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)


print(divmod(Div(), 3), divmod(3, Div()))


class PowMod:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)


print(PowMod() ** 2, pow(PowMod(), 2), 2 ** PowMod())
