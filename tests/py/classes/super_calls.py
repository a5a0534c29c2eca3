# super() with and without arguments, in methods, classmethods, __new__ and __init__.
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)

    def greet(self):
        return "Base.greet"

    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__


class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def greet(self):
        return "Mid>" + super().greet()

    @classmethod
    def make(cls):
        return "Mid>" + super().make()


class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Leaf, self).greet()


obj = Leaf(1, 2)
print(obj.x, obj.y, obj.greet(), Leaf.make())
print(super(Mid, obj).greet(), super(Leaf, obj).greet())
s = super(Leaf, obj)
print(repr(s), s.__thisclass__, s.__self__ is obj, s.__self_class__)
print(repr(super(Leaf)))
print(super(Leaf, Leaf).make())


# Diamond: every __init__ runs once, in MRO order.
class A:
    def __init__(self):
        print("A")
        super().__init__()
class B(A):
    def __init__(self):
        print("B")
        super().__init__()
class C(A):
    def __init__(self):
        print("C")
        super().__init__()
class D(B, C):
    def __init__(self):
        print("D")
        super().__init__()


D()


class WithNew:
    def __new__(cls, *args):
        print("WithNew.__new__", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("WithNew.__init__", args)


class SubNew(WithNew):
    pass


SubNew(1, 2)


class UsesClassCell:
    def which(self):
        return __class__


print(UsesClassCell().which() is UsesClassCell)


def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)


outside()

try:
    super(1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Leaf, 1)
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
try:
    super(int, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Leaf, obj).nothing
except AttributeError as e:
    print("AttributeError:", e)


class Attr(Base):
    def __init__(self):
        pass
    def get_class(self):
        return super().__class__


print(Attr().get_class())
