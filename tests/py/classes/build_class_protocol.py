# The class statement's protocol: __prepare__ namespaces (dict subclasses that see every store),
# __classcell__ and the __class__ cell checks, __mro_entries__, __orig_bases__, __qualname__ and
# __module__ in the body, and class bodies with control flow.
class RecordingDict(dict):
    def __setitem__(self, key, value):
        print("store", key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        return super().__getitem__(key)


class Recorder(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return RecordingDict()

    def __new__(mcs, name, bases, ns):
        print("namespace type", type(ns).__name__)
        return super().__new__(mcs, name, bases, dict(ns))


class Recorded(metaclass=Recorder):
    a = 1
    b = a + 1

    def method(self):
        return __class__


print(Recorded.b, Recorded().method() is Recorded)


class Dropper(type):
    def __new__(mcs, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcs, name, bases, ns)


try:
    class Broken(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", str(e).split(".")[0])


class Other:
    pass


class Swapper(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        return Other


try:
    class Swapped(metaclass=Swapper):
        def f(self):
            return super()
except TypeError as e:
    print("TypeError:", e)


class NoCellNeeded(metaclass=Swapper):
    x = 1


print(NoCellNeeded)


class Entry:
    def __mro_entries__(self, bases):
        print("__mro_entries__", len(bases))
        return (dict,)


class FromEntry(Entry(), metaclass=type):
    pass


print(FromEntry.__bases__, FromEntry.__orig_bases__[0].__class__.__name__, "__orig_bases__" in FromEntry.__dict__)
print("__orig_bases__" in Recorded.__dict__)
try:
    type("X", (Entry(),), {})
except TypeError as e:
    print("TypeError:", e)


class Body:
    print("in body", __name__, __qualname__, __module__)
    items = []
    for i in range(3):
        items.append(i * i)
    if items:
        flag = True
    else:
        flag = False
    del i
    try:
        bad = 1 / 0
    except ZeroDivisionError:
        bad = None
    squares = [x for x in items]
    total = sum(items)


print(Body.items, Body.flag, Body.bad, Body.squares, Body.total, hasattr(Body, "i"))

x = "global"


class Scope:
    x = "class"
    def get(self):
        return x
    y = [x for _ in range(1)]


print(Scope().get(), Scope.y)


def factory(value):
    class Closure:
        v = value
        def get(self):
            return value
    return Closure


print(factory(1).v, factory(2)().get(), factory(3).__qualname__)


class Annotated:
    a: int = 1
    b: str


print(Annotated.a, sorted(Annotated.__annotations__))
try:
    class Unknown(NotDefined):
        pass
except NameError as e:
    print("NameError:", e)
try:
    __build_class__()
except TypeError as e:
    print("TypeError:", e)
try:
    __build_class__(1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    __build_class__(lambda: None, 1)
except TypeError as e:
    print("TypeError:", e)
