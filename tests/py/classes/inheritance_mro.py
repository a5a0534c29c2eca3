# Single and multiple inheritance, C3 MRO, mro(), and the MRO errors.
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D().who(), D().only_a())
print(D.__bases__, D.__base__, B.__base__, object.__base__)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass


print([k.__name__ for k in M.__mro__])

try:
    class Bad(X, K1):
        pass
except TypeError as e:
    # CPython 3.11 breaks this message over two lines, 3.13 does not.
    print("TypeError:", " ".join(str(e).split()))

try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class NotAType(1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Conflict(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)


# Attribute lookup order follows the MRO, including class attributes.
class P:
    attr = "P"
class Q(P):
    pass
class R(P):
    attr = "R"
class S(Q, R):
    pass


print(S.attr, S().attr)
R.attr = "R2"
print(S.attr)
del R.attr
print(S.attr)
P.attr = "P2"
print(S().attr)
print(object.__subclasses__ is not None, [c.__name__ for c in P.__subclasses__()])
