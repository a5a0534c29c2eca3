# isinstance/issubclass: tuples, __instancecheck__ / __subclasscheck__ on metaclasses, __class__
# proxies, non-type classinfo with __bases__, and the errors.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Mallard:
    quack = True


print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(1, (str, Duck)), isinstance(Mallard(), (Duck, int)), issubclass(Mallard, (int, (Duck,))))


class A: pass
class B(A): pass


print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, A), issubclass(A, object))
print(isinstance(B(), (int, (str, A))), issubclass(B, ()), isinstance(1, ()))


class Fake:
    __class__ = A


print(isinstance(Fake(), A), isinstance(Fake(), Fake), type(Fake()).__name__, Fake().__class__.__name__)


class Prop:
    @property
    def __class__(self):
        return int


print(isinstance(Prop(), int), isinstance(Prop(), Prop))


class ClassLike:
    def __init__(self, bases):
        self.__bases__ = bases


base = ClassLike(())
derived = ClassLike((base,))
print(issubclass(derived, base), issubclass(base, derived), issubclass(derived, derived))


class Inst:
    def __init__(self, cls):
        self.__class__ = cls
print(isinstance(Inst(derived), base) if False else "skip")

for args in ((1, 1), (1, "x"), (1, (int, 1))):
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in ((1, int), (int, 1), (int, (int, 2)), (int, (str, 2))):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)


class Raising(type):
    def __instancecheck__(cls, obj):
        raise ValueError("nope")


class R(metaclass=Raising):
    pass


try:
    isinstance(1, R)
except ValueError as e:
    print("ValueError:", e)
print(type.__instancecheck__(int, 1), type.__subclasscheck__(int, bool), int.__subclasscheck__(bool))
print(Meta.__instancecheck__(Duck, Mallard()))
