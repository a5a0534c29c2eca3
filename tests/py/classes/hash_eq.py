# __hash__ and __eq__: defining __eq__ alone makes instances unhashable, __hash__ = None,
# inheriting __hash__, __hash__ results, and use as dict keys / set members.
class Default:
    pass


d1, d2 = Default(), Default()
print(hash(d1) == hash(d1), d1 == d2, len({d1, d2, d1}))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__, "__hash__" in EqOnly.__dict__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % (self.k,)


d = {Key(1): "one", Key("a"): "A"}
print(d[Key(1)], d[Key("a")], Key(2) in d, len({Key(1), Key(1), Key(2)}))
print(hash(Key(5)) == hash(5))


class SubKey(Key):
    pass


print(hash(SubKey(3)) == hash(3))


class SubEq(Key):
    def __eq__(self, other):
        return False


try:
    hash(SubEq(1))
except TypeError as e:
    print("TypeError:", e)


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 100


print(hash(BigHash()) == hash(2 ** 100))


class NegOne:
    def __hash__(self):
        return -1


print(hash(NegOne()))


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class BoolHash:
    def __hash__(self):
        return True


print(hash(BoolHash()))


class Restore(EqOnly):
    __hash__ = object.__hash__


r = Restore()
print(hash(r) == object.__hash__(r))


# Assigning __hash__ / __eq__ after class creation.
class Later:
    pass


Later.__eq__ = lambda self, other: True
print(hash(Later()) is not None)
Later.__hash__ = None
try:
    hash(Later())
except TypeError as e:
    print("TypeError:", e)
Later.__hash__ = lambda self: 7
print(hash(Later()))
print(list.__hash__, dict.__hash__, int.__hash__(5), object.__hash__ is not None)
