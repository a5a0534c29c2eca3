# functools: lru_cache (hits, misses, eviction order, typed), cache and cached_property.
import functools

calls = []


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


print([square(n) for n in [1, 2, 1, 3, 2, 1]], calls, square.cache_info())
print(square.cache_parameters(), square.__wrapped__(9), square.__name__)
square.cache_clear()
print(square.cache_info())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(1), kind.cache_info().currsize)


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@functools.cache
def total(*args, **kwargs):
    calls.append(args)
    return sum(args) + sum(kwargs.values())


calls.clear()
print(total(1, 2), total(1, 2), total(1, 2, z=3), total(z=3), calls, total.cache_info())
try:
    functools.lru_cache(maxsize='big')
except TypeError as e:
    print(e)


class Dataset:
    def __init__(self, data):
        self.data = data
        self.computed = 0

    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(self.data)


d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed, 'total' in d.__dict__, type(Dataset.total).__name__)
del d.total
print(d.total, d.computed)
