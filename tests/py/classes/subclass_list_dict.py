# Subclassing list and dict: overridden methods, super() calls, instance attributes, built-in
# operations on subclass instances, __missing__, and which methods bypass the overrides.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
s.label = "stack"
print(s, s.peek(), len(s), s.label, type(s).__name__, isinstance(s, list))
print(s + [4], type(s + [4]).__name__, s * 2, sorted(s, reverse=True), s[1:], type(s[1:]).__name__)
s.extend(range(2))
s.sort()
print(s, s.count(1), s.index(3), 3 in s, list(reversed(s)), s == [0, 1, 1, 2, 3])
print(repr(s), str(s), bool(Stack()), Stack("ab"))


class Logged(list):
    def __init__(self, *args):
        print("Logged.__init__", args)
        super().__init__(*args)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        v = super().__getitem__(i)
        return ("got", v)

    def __len__(self):
        return 99


l = Logged([5, 6])
l[0] = 7
print(l[0], len(l), list.__len__(l), l, list(l), [x for x in l])


class Registry(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2


r = Registry(a=1)
print(r["a"], r["bb"], r.get("zz"), "bb" in r, r)


class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


d = Lower()
d["KEY"] = 1
print(d, d["Key"], d.get("key"), dict(d), len(d), list(d.items()))
d.update(OTHER=2)
print(d)


class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self[x] = self.get(x, 0) + 1


c = Counter("abca")
print(sorted(c.items()), type(c).__name__, c == {"a": 2, "b": 1, "c": 1}, c.copy(), type(c.copy()).__name__)
print({**c}, dict(c, d=4) == {"a": 2, "b": 1, "c": 1, "d": 4}, c | {"z": 0}, type(c | {}).__name__)


class Attrs(dict):
    __getattr__ = dict.__getitem__


a = Attrs(x=1)
print(a.x)
try:
    a.y
except KeyError as e:
    print("KeyError:", e)


class WithSlots(list):
    __slots__ = ("tag",)


w = WithSlots([1])
w.tag = "t"
print(w, w.tag, hasattr(w, "__dict__"))
big = Stack(range(1000))
big.note = 1
print(sum(big), big.note)


class Pair(list):
    def __eq__(self, other):
        return "custom eq"
    __hash__ = None


print(Pair() == [], [] == Pair(), Pair([1]) != [1])
