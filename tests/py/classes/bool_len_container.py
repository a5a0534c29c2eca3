# __bool__ and __len__ for truth, len() checks, and the container protocol: __getitem__ with ints
# and slices, __setitem__, __delitem__, __contains__ and the fallbacks to iteration.
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v


print(bool(Truth(True)), bool(Truth(False)), not Truth(False), "yes" if Truth(True) else "no")
try:
    bool(Truth(1))
except TypeError as e:
    print("TypeError:", e)


class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n


print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
for bad in (-1, "3", 2 ** 70, 1.5):
    try:
        len(Sized(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    bool(Sized(-1))
except ValueError as e:
    print("ValueError:", e)
print(bool(object()), len.__name__)


class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5


print(bool(Both()))


class Seq:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if key >= 3:
            raise IndexError(key)
        return key * 10
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[str(key)] = value
    def __delitem__(self, key):
        print("del", key)


s = Seq()
print(s[1], s[1:2], s[::3], s[1:2:3], s[:])
s[0] = "a"
s[1:3] = "b"
del s[2]
del s[::2]
print(list(s), 20 in s, 5 in s, list(reversed([s[0], s[1]])))
a, b, c = s
print(a, b, c)


class Contains:
    def __contains__(self, item):
        print("contains", item)
        return item == 1


print(1 in Contains(), 2 in Contains(), 3 not in Contains())


class ContainsTruthy:
    def __contains__(self, item):
        return [item]


print(0 in ContainsTruthy())


class NoContains:
    __contains__ = None


try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Contains()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del Contains()[0]
except TypeError as e:
    print("TypeError:", e)


class Mapping:
    def __getitem__(self, key):
        return key.upper()
    def keys(self):
        return ["a", "b"]


print(dict(Mapping()), {**Mapping()})
print("%(a)s-%(b)s" % Mapping(), "{0[x]}".format(Mapping()))
