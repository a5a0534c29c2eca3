# .exp: the oracle is CPython 3.11, which cannot parse PEP 695 type parameters (3.12+); the
# expected output comes from CPython 3.13.
def first[T](items: "list[T]") -> T:
    return items[0]


print(first([3, 4]), first.__type_params__, first.__name__, first.__qualname__)
T = first.__type_params__[0]
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__, T.__default__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, T.has_default())
print(first.__annotations__)


def every_kind[A, B: int, C: (str, bytes), *Ts, **P, D = float]():
    return A, B, C, Ts, P, D


params = every_kind.__type_params__
print(params, [type(p).__name__ for p in params])
print(params[1].__bound__, params[2].__constraints__, params[5].__default__,
      params[5].has_default(), params[3].__default__)
print(every_kind() == params)


# Defaults are evaluated where the function is defined; the body closes over the parameters.
def outer():
    scale = 10

    def scaled[N](value: N = 2, *, extra: N = 3) -> N:
        return value * scale + extra

    return scaled


f = outer()
print(f(), f(1, extra=0), f.__defaults__, f.__kwdefaults__, f.__qualname__)
print(f.__type_params__)


class Box:
    def get[T](self, default: T) -> T:
        return default

    @staticmethod
    def make[T](value: T) -> "Box":
        return Box()


print(Box().get(5), Box.get.__qualname__, Box.get.__type_params__, type(Box.make(1)).__name__)

# Bounds are evaluated lazily.
def lazy[T: NotYetDefined]():
    pass


try:
    lazy.__type_params__[0].__bound__
except NameError as e:
    print("NameError:", e)
NotYetDefined = dict
print(lazy.__type_params__[0].__bound__)


async def coro[T](x: T) -> T:
    return x


c = coro(9)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value, coro.__type_params__)


def gen[T](n: T):
    yield from range(n)


print(list(gen(3)), gen.__type_params__)
print((lambda: 0).__type_params__)
