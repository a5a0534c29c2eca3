# property: getter/setter/deleter, doc, the errors for missing accessors, copies, subclasses;
# staticmethod and classmethod objects and their attributes.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
class A:
    @property
    def x(self):
        "the x"
        return 1
    y = property()
    def gz(self): return 2
    z = property(gz)
    w = property(lambda self: 3)
a = A()
t(lambda: a.x)
t(lambda: setattr(a, 'x', 2))
t(lambda: delattr(a, 'x'))
t(lambda: a.y)
t(lambda: setattr(a, 'y', 2))
t(lambda: setattr(a, 'z', 2))
t(lambda: setattr(a, 'w', 2))
print(A.x.__doc__, A.y.__doc__, A.z.__doc__)
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: staticmethod())
t(lambda: staticmethod(1, 2))
t(lambda: staticmethod(f=1))
t(lambda: classmethod())
sm = staticmethod(len)
print(sm.__name__, sm.__wrapped__, sm(['a']))
def f(): "fdoc"
sm = staticmethod(f)
print(sm.__doc__, sm.__name__, sm.__qualname__, sm.__module__, sm.__isabstractmethod__)
print(type(A.__dict__['x']).__name__, A.x.fget.__name__, A.x.fset, type(A.x.getter).__name__)
class B:
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
    @v.deleter
    def v(self): del self._v
b = B(); b.v = 5; print(b.v); del b.v; t(lambda: b.v)
print(B.v.__doc__)
cm = classmethod(f); print(cm.__func__ is f, cm.__wrapped__ is f)
t(lambda: a.__dict__)
t(lambda: classmethod(1).__get__(None, int)())


class Sub(property):
    pass


class UsesSub:
    @Sub
    def p(self):
        "sub doc"
        return "p value"
    @p.setter
    def p(self, v):
        print("set", v)


u = UsesSub()
print(u.p, type(UsesSub.__dict__["p"]).__name__, UsesSub.p.__doc__)
u.p = 3


class Temperature:
    def __init__(self):
        self._c = 0.0
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(get_f, set_f, None, "degrees F")


t_ = Temperature()
t_.fahrenheit = 212
print(round(t_._c, 3), t_.fahrenheit, Temperature.fahrenheit.__doc__)
p2 = property(lambda s: 1)
print(p2.__get__(None, int) is p2, p2.__get__(5))
try:
    p2.__set__(5, 1)
except AttributeError as e:
    print("AttributeError:", e)


class Statics:
    @staticmethod
    def s(a, b):
        return a + b

    @classmethod
    def c(cls, a):
        return cls.__name__, a


class SubStatics(Statics):
    pass


print(Statics.s(1, 2), Statics().s(3, 4), Statics.c(1), Statics().c(2), SubStatics.c(3))
print(type(Statics.__dict__["s"]).__name__, type(Statics.__dict__["c"]).__name__)
print(Statics.__dict__["s"].__func__ is Statics.s, Statics.c.__self__ is Statics, Statics.c.__func__.__name__)
print(repr(Statics.__dict__["s"]).startswith("<staticmethod(<function Statics.s at"))
print(repr(Statics.__dict__["c"]).startswith("<classmethod(<function Statics.c at"))
cm = classmethod(lambda cls: cls)
print(cm.__get__(None, int)(), cm.__get__(3)())
print(Statics.__dict__["s"].__name__, Statics.__dict__["c"].__qualname__)
