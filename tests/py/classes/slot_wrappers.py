# Slot wrappers of built-in types: calling int.__add__ and friends directly, method-wrappers,
# __new__ of built-in types, their reprs and argument errors.
def clean(r):
    return r.split(" at 0x")[0]


print(int.__add__, int.__radd__, object.__init__, object.__repr__, list.__init__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__new__).__name__)
print(clean(repr((1).__add__)), clean(repr([].__len__)), clean(repr(object.__new__)))
print(int.__add__(1, 2), (5).__sub__(3), int.__radd__(1, 10), (2).__mul__(4), int.__neg__(5))
print(int.__add__(1, "a"), float.__add__(1.5, 2), str.__add__("a", "b"), list.__add__([1], [2]))
print(int.__lt__(1, 2), int.__eq__(3, 3), int.__ne__(3, 3), int.__hash__(7), int.__bool__(0))
print(int.__repr__(5), str.__str__("x"), object.__repr__(None).startswith("<NoneType object"))
print(list.__len__([1, 2]), list.__contains__([1], 1), dict.__getitem__({"a": 1}, "a"))
d = {}
dict.__setitem__(d, "k", "v")
print(d)
dict.__delitem__(d, "k")
print(d)
l = [3]
list.__init__(l, "ab")
print(l)
list.__setitem__(l, 0, "z")
print(l, list.__getitem__(l, 1), l.__iter__().__next__())
print(iter([1]).__next__(), int.__index__(5), float.__int__(2.7), int.__float__(3))
print(int.__pow__(2, 10), int.__pow__(2, 10, 7), int.__rpow__(2, 3))
print(object.__eq__(1, 1), object.__ne__(1, 2), object.__lt__(1, 2))
print(str.__mod__("%d", 5), str.__rmod__("x", "%s"), hasattr(list, "__radd__"), hasattr(str, "__radd__"))
print(type.__call__(int, "12"), object.__new__(object).__class__, int.__new__(int, "7"))
print(object.__getattribute__([1], "__len__")(), getattr(object.__getattribute__, "__name__"))
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__, (1).__add__.__self__)
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__, list.__hash__, object.__hash__(1) == hash(1))
print(int.__dict__["__add__"] is int.__add__, "__add__" in bool.__dict__, bool.__add__ is int.__add__)

for call in (lambda: int.__add__(), lambda: int.__add__("a", 1), lambda: (1).__add__(),
             lambda: (1).__add__(1, 2), lambda: (1).__add__(x=1), lambda: object.__new__(1),
             lambda: object.__new__(int), lambda: int.__new__(str), lambda: int.__new__(bool),
             lambda: object.__setattr__(int, "x", 1), lambda: object.__getattribute__(1, 2),
             lambda: int.__neg__(1, 2), lambda: list.__init__(1), lambda: int.__pow__(1), lambda: int.__pow__(1, 2, 3, 4)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class MyList(list):
    def append(self, x):
        list.append(self, x * 2)

    def __getitem__(self, i):
        return ("item", super().__getitem__(i))


m = MyList([1])
m.append(5)
print(m, m[1], len(m), list.__getitem__(m, 1))


class Init:
    def __init__(self, a):
        object.__init__(self)
        self.a = a


print(Init(1).a)
try:
    object.__init__(Init(1), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    Init(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)


print(type(NewOnly(1)).__name__)
try:
    NewOnly()
except TypeError as e:
    print("TypeError:", e)
