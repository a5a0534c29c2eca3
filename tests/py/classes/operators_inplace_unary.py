# In-place operators (with fallback to the binary ones), unary operators, abs, and the
# conversions __int__, __float__, __index__, __bool__, __complex__-free numbers.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        self.items.extend(other)
        return self
    def __isub__(self, other):
        return "isub result"
    def __add__(self, other):
        return Acc(self.items + list(other))
    def __mul__(self, n):
        return Acc(self.items * n)
    def __repr__(self):
        return "Acc(%r)" % self.items


a = Acc([1])
keep = a
a += [2, 3]
print(a, a is keep)
a -= 1
print(a)
b = Acc([1])
b *= 2
print(b)


class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)


n = NoInplace(1)
old = n
n += 5
print(n.v, n is old)


class InplaceNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"


x = InplaceNI()
x += 1
print(x)

try:
    y = object()
    y += 1
except TypeError as e:
    print("TypeError:", e)

names = ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow",
         "ilshift", "irshift", "iand", "ior", "ixor"]


class All:
    pass


for nm in names:
    setattr(All, "__%s__" % nm, (lambda nm: lambda self, o: (nm, o))(nm))
for op in ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    v = All()
    exec("v %s 7" % op)
    print(op, v)


class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __index__(self): return 7
    def __round__(self, n=None): return ("round", n)


u = U()
print(-u, +u, ~u, abs(u), int(u), float(u), round(u), round(u, 2))
print(bin(u), hex(u), oct(u), [0, 1, 2, 3, 4, 5, 6, 7, 8][u], "abcdefghij"[u:])
print(range(10)[u], list(range(u)), (1, 2) * 0 + (u.__index__(),))
try:
    -object()
except TypeError as e:
    print("TypeError:", e)


class BadIndex:
    def __index__(self):
        return "no"


try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)


class BadInt:
    def __int__(self):
        return 1.5


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)


class IndexOnly:
    def __index__(self):
        return 3


print(int(IndexOnly()), float(IndexOnly()), operator_index := IndexOnly().__index__())
