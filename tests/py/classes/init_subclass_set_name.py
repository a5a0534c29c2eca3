# __init_subclass__ (with class keywords), __set_name__, __class_getitem__, class decorators.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class First(Plugin):
    pass


class Second(Plugin, name="second!"):
    pass


class Third(Second):
    pass


print(Plugin.registry, Third.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

try:
    class Unknown(Plugin, other=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "field " + self.name


class Model:
    a = Field()
    b = Field()


print(Model().a, Model().b, Model.a.name)


class Generic:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Generic[int], Generic["x", 1])
print(type(Generic.__dict__["__class_getitem__"]).__name__)
try:
    Model[int]
except TypeError as e:
    print("TypeError:", e)


def deco(cls):
    cls.decorated = True
    return cls


def deco2(tag):
    def apply(cls):
        cls.tag = tag
        return cls
    return apply


@deco
@deco2("t")
class Decorated:
    pass


print(Decorated.decorated, Decorated.tag)


def replace(cls):
    return 42


@replace
class Gone:
    pass


print(Gone)


class NoKw:
    pass


try:
    class Bad(NoKw, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
