# Subclasses of ExceptionGroup / BaseExceptionGroup: extra constructor arguments through __new__,
# the nesting check naming the subclass, derive() keeping extra state, and except* with them.
class WithCode(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return WithCode(self.message, excs, self.code)


g = WithCode("coded", [ValueError(1), TypeError(2)], 42)
print(repr(g), g.code, g.args, type(g).__mro__[1].__name__)
m, r = g.split(ValueError)
print(type(m).__name__, m.code, repr(m), type(r).__name__, r.code)

try:
    try:
        raise g
    except* ValueError as e:
        print("clause got", type(e).__name__, e.code, e.exceptions)
except WithCode as rest:
    print("rest", type(rest).__name__, rest.code, rest.exceptions)


class Plain(ExceptionGroup):
    pass


try:
    Plain("p", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)


class BaseOk(BaseExceptionGroup):
    pass


b = BaseOk("b", [KeyboardInterrupt(), ValueError()])
print(type(b).__name__, isinstance(b, Exception), repr(b))
b2 = BaseOk("only exceptions", [ValueError()])
print(type(b2).__name__)

# Without an override, derive() makes a plain (Base)ExceptionGroup.
p = Plain("p", [ValueError(1), TypeError(2)])
print([type(part).__name__ for part in p.split(ValueError)])
