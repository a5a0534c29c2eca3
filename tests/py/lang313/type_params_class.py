# .exp: the oracle is CPython 3.11, which cannot parse PEP 695 type parameters (3.12+); the
# expected output comes from CPython 3.13.
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__type_params__, Stack.__bases__, Stack.__mro__)
print(Stack.__name__, Stack.__qualname__, Stack.push.__qualname__)


class Pair[K, V: (int, str)](dict):
    pass


p = Pair(a=1)
print(p, Pair.__mro__, [t.__name__ for t in Pair.__type_params__])
print(Pair.__type_params__[1].__constraints__)


class Node[T]:
    def children(self) -> "list[Node[T]]":
        return []

    def cls(self):
        return __class__

    def sup(self):
        return super().__repr__.__name__


n = Node()
print(n.children(), n.cls() is Node, n.sup())


def factory():
    class Local[T]:
        pass

    return Local


print(factory().__qualname__, factory().__type_params__)


class Outer:
    class Inner[T]:
        def method[U](self) -> U:
            pass


print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner.method.__type_params__)

# The bases are evaluated in the type parameter scope.
class Base:
    pass


class Derived[T](Base, metaclass=type):
    pass


print(Derived.__bases__, isinstance(Derived(), Base))

# Errors at compile time.
for src in ["class C[T, T]: pass", "def f[T = int, U](): pass", "class C[T]((yield)): pass",
            "type X[T] = (yield)", "def f[T: (yield)](): pass", "type X = (y := 1)",
            "def f[__debug__](): pass"]:
    try:
        compile(src, "<generic>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}")


# Annotation scopes directly in a class body see the class's names (CPython's __classdict__),
# before the globals and before the names of an enclosing function.
class Scoped:
    class Inner:
        pass

    Alias = int

    def method[T](self, x: Inner) -> Alias:
        return x

    type Value = Inner

    def bounded[T: Inner](self):
        pass


print(Scoped.method.__annotations__, Scoped.Value.__value__,
      Scoped.bounded.__type_params__[0].__bound__)


def enclosing():
    shadowed = "from the function"
    only_here = "only in the function"

    class Body:
        shadowed = "from the class"
        type First = shadowed
        type Second = only_here

    return Body


Body = enclosing()
print(Body.First.__value__, "/", Body.Second.__value__)
