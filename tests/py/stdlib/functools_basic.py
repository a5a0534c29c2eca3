# functools: reduce, partial, wraps/update_wrapper, total_ordering, cmp_to_key, partialmethod,
# singledispatch.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, [], 1))
print(functools.reduce(lambda a, b: a + [b], 'abc', []), functools.reduce(max, [3, 9, 2]))
for bad in [lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add),
            lambda: functools.reduce(operator.add, 5)]:
    try:
        bad()
    except TypeError as e:
        print(e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
print(square(5), cube_mod(7), square.func is power, square.args, square.keywords)
p2 = functools.partial(functools.partial(power, 2), 10)
print(p2(), p2.args, p2.func is power, functools.partial(int, base=16)('ff'))
print(repr(functools.partial(int, 1, base=2)).replace(repr(int), 'INT'))
try:
    functools.partial(5)
except TypeError as e:
    print(e)


def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs) * 2
    return wrapper


@deco
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area(2, 3), area.__name__, area.__doc__, area.__wrapped__(2, 3), area.__qualname__)


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


v1, v2 = Version(1), Version(2)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 >= v2, sorted([v2, v1])[0].n)


@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


print(Rev(1) < Rev(2), Rev(2) <= Rev(2), Rev(3) > Rev(2))
try:
    functools.total_ordering(type('Plain', (), {}))
except ValueError as e:
    print(e)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)),
      sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = functools.partialmethod(set_state, True)


c = Cell()
c.set_alive()
print(c.alive)


@functools.singledispatch
def describe(x):
    return 'object'


@describe.register(int)
def _(x):
    return 'int'


@describe.register
def _(x: list):
    return 'list'


print(describe(1), describe(True), describe([]), describe('s'), describe.dispatch(bool).__name__)
