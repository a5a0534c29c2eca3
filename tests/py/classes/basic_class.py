# Class statements: attributes, methods, instances, __dict__, names and reprs.
class Point:
    "A point in the plane."
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(Point, type(p) is Point, type(Point))
print(sorted(p.__dict__.items()))
print(repr(p).startswith("<__main__.Point object at 0x"))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims)
print(Point.norm2(p))
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(type(m).__name__)


class Empty:
    pass


e = Empty()
print(Empty.__doc__, Empty.__bases__, Empty.__mro__)
print(sorted(k for k in Empty.__dict__))
e.a = 1
print(e.__dict__)
try:
    e.missing
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    del e.missing
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Empty.missing
except AttributeError as exc:
    print("AttributeError:", exc)


def make():
    class Local:
        def who(self):
            return type(self).__qualname__
    return Local


L = make()
print(L.__qualname__, L().who())


class Outer:
    class Inner:
        pass


print(Outer.Inner.__qualname__, Outer.Inner)
print(hasattr(Point, 'norm2'), getattr(p, 'x'), getattr(p, 'zz', 'dflt'))
setattr(p, 'z', 9)
print(p.z)
delattr(p, 'z')
print(hasattr(p, 'z'))
print(Point.__dict__['dims'], 'norm2' in Point.__dict__, type(Point.__dict__).__name__)
try:
    Point.__dict__['dims'] = 1
except TypeError as exc:
    print("TypeError:", exc)
