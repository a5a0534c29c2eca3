# __call__, __repr__, __str__, __format__ (with format(), f-strings and str.format), and the
# errors for bad results.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale


add = Adder(2)
print(add(3), add(3, scale=2), callable(add), callable(Adder), callable(object()))
print(list(map(add, [1, 2])), sorted([3, 1, 2], key=Adder(0)))
try:
    object()()
except TypeError as e:
    print("TypeError:", e)
try:
    add()
except TypeError as e:
    print("TypeError:", e)


class Manyargs:
    def __call__(self, *args, **kwargs):
        return len(args), sorted(kwargs)


print(Manyargs()(*range(20), **{"k%d" % i: i for i in range(10)}))


class Show:
    def __repr__(self):
        return "Show()"


class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"


print(Show(), str(Show()), repr(Show()), [Show()], f"{Show()}", f"{Show()!r}")
print(Both(), str(Both()), repr(Both()), [Both()], (Both(),), {1: Both()}, "%s %r" % (Both(), Both()))
print("{} {!r} {!s}".format(Both(), Both(), Both()), ascii(Both()))


class Bad:
    def __repr__(self):
        return 1
    def __str__(self):
        return None


for f in (repr, str):
    try:
        f(Bad())
    except TypeError as e:
        print("TypeError:", e)


class Fmt:
    def __format__(self, spec):
        return "Fmt<" + spec + ">"


print(format(Fmt(), "x>10"), f"{Fmt():abc}", "{:q}".format(Fmt()), f"{Fmt()!s:>5}"[:8])


class BadFmt:
    def __format__(self, spec):
        return 5


try:
    format(BadFmt())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(Show()), format(Show(), ""))


class StrSub(str):
    pass


class ReprStrSub:
    def __repr__(self):
        return StrSub("sub")


print(repr(ReprStrSub()), type(repr(ReprStrSub())).__name__)


class Rec:
    def __repr__(self):
        return repr(self)


try:
    repr(Rec())
except RecursionError:
    print("RecursionError")
