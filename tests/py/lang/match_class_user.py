# match: class patterns with user classes — __match_args__ for positional sub-patterns, keyword
# sub-patterns read attributes, isinstance with subclasses, and the TypeErrors CPython raises.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r


def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d point {x},{y}"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(center=Point(x, y), r=r):
            return f"circle at {x},{y} radius {r}"
        case Point():
            return "some point"
    return "not a shape"


for s in [Point(0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(5, 0), Point(0, 6), Point(3, 3),
          Point(1, 2), Circle(Point(1, 1), 4), Circle("nowhere", 1), "x"]:
    print(where(s))


# A missing attribute does not match; it is not an error.
class Empty:
    pass


match Empty():
    case Empty(anything=1):
        print("never")
    case Empty():
        print("matched without the attribute")


# Errors.
def try_match(subject, cls):
    try:
        match subject:
            case cls(a, b):
                return f"matched {a} {b}"
        return "no match"
    except TypeError as e:
        return f"TypeError: {e}"


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["a", "b"]


class NotStr:
    __match_args__ = ("a", 2)
    a = 1


class Twice:
    __match_args__ = ("a", "a")
    a = 1


class One:
    __match_args__ = ("a",)
    a = 1


for cls in [NoArgs, BadArgs, NotStr, Twice, One]:
    print(cls.__name__, "->", try_match(cls(), cls))

try:
    match One():
        case One(a, a=2):
            pass
except TypeError as e:
    print("TypeError:", e)


# Equality of value patterns goes through the subject's __eq__.
class AlwaysEqual:
    def __eq__(self, other):
        print("eq called with", other)
        return True


match AlwaysEqual():
    case 42:
        print("matched 42")


# __match_args__ is looked up on the class each time.
class Dyn:
    a = "A"
    b = "B"


Dyn.__match_args__ = ("b",)
match Dyn():
    case Dyn(v):
        print("first", v)
Dyn.__match_args__ = ("a",)
match Dyn():
    case Dyn(v):
        print("then", v)
