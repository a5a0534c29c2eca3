# super() in generators, lambdas and nested functions; __init__/__new__ assigned and deleted
# after creation; super().__init__ chains through built-in bases with keywords.
class A:
    def gen(self):
        yield super().__repr__()[:4]
    f = lambda self: super().__repr__()[:4]
    def nested(self):
        def inner():
            return __class__
        return inner()
    @staticmethod
    def st():
        try:
            return super()
        except RuntimeError as e:
            return str(e)
print(list(A().gen()), A().f(), A().nested(), A.st())
class B:
    pass
B.__init__ = lambda self, x: setattr(self, 'x', x)
print(B(5).x)
del B.__init__
try: B(5)
except TypeError as e: print(e)
B.__new__ = staticmethod(lambda cls, *a: "made")
print(B(1, 2))
del B.__new__
print(type(B()).__name__)
X = type('X', (), {'__init__': 5})
try: X()
except TypeError as e: print(e)
class C:
    def __init__(self):
        super().__init__()
        self.ok = True
print(C().ok)
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
print(D(a=1), D([(1, 2)]).extra)
class E(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
try:
    raise E("m", code=3)
except E as e:
    print(e, e.code, e.args)
class F(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __init__(self, v):
        super().__init__()
print(F(3))
