# __iter__/__next__, StopIteration, iter() on __getitem__ sequences, iterator errors, and
# generators as __iter__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class GenIter:
    def __iter__(self):
        yield 1
        yield 2


print(list(GenIter()), tuple(GenIter()), set(GenIter()), dict.fromkeys(GenIter()))
print(sorted(GenIter(), reverse=True), list(zip(GenIter(), Countdown(5))), min(GenIter()))


class ByIndex:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i


print(list(ByIndex()), list(enumerate(ByIndex())), 2 in ByIndex())


class NotIter:
    __iter__ = None
    def __getitem__(self, i):
        return i


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)


class ReturnsNonIter:
    def __iter__(self):
        return 42


try:
    iter(ReturnsNonIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in ReturnsNonIter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next(Countdown)
except TypeError as e:
    print("TypeError:", e)
try:
    next(object())
except TypeError as e:
    print("TypeError:", e)


class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(99)


print(list(StopWithValue()))


def delegate():
    r = yield from StopWithValue()
    return r


g = delegate()
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


class RaisesInNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("boom")


try:
    list(RaisesInNext())
except KeyError as e:
    print("KeyError:", e)


class Rev:
    def __reversed__(self):
        return iter("cba")


print(list(reversed(Rev())), list(map(str, Countdown(3))), list(filter(None, Countdown(3))))
a, *rest = Countdown(4)
print(a, rest)
print(Countdown.__iter__.__qualname__, iter(Countdown(1)).__next__())
