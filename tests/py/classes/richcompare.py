# Rich comparisons: each operator, reflection with swapped operators, NotImplemented, the
# identity fallback of == and !=, __ne__ derived from __eq__, and sorting with __lt__.
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        if not isinstance(other, Ver):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return "Ver(%d)" % self.n


a, b = Ver(1), Ver(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == 1, 1 == a, a != "x")
print(sorted([Ver(3), Ver(1), Ver(2)]), max([Ver(3), Ver(5)]), min(Ver(4), Ver(2)))
try:
    a < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 > a
except TypeError as e:
    print("TypeError:", e)
print(a in [Ver(1)], Ver(9) in [a, b])


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != p, p != Plain())
try:
    p < p
except TypeError as e:
    print("TypeError:", e)


class Left:
    def __lt__(self, other):
        return "Left.__lt__"


class Right:
    def __gt__(self, other):
        return "Right.__gt__"


print(Left() < Right(), Right() > Left(), 1 < Right(), Left() > 1 if False else "")


class Base:
    def __eq__(self, other):
        return "Base.__eq__"


class Sub(Base):
    def __eq__(self, other):
        return "Sub.__eq__"


print(Base() == Sub(), Sub() == Base())


class NeOnly:
    def __ne__(self, other):
        return "custom ne"


print(NeOnly() != 1, NeOnly() == 1)


class EqTruthy:
    def __eq__(self, other):
        return [1]


print(EqTruthy() != 1, EqTruthy() == 1, [EqTruthy()].count(1), [EqTruthy()].index(5))


class Weird:
    def __eq__(self, other):
        raise ValueError("no compare")


try:
    Weird() in [1, 2]
except ValueError as e:
    print("ValueError:", e)
w = Weird()
print(w in [w], [w].count(w))
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__lt__(a, b))
print(int.__lt__(1, 2), int.__eq__(1, "a"), str.__ge__("b", "a"))
