# User exception classes: custom __init__ and __str__, extra attributes, args, raising and
# catching through the hierarchy, super().__init__, and tracebacks naming the class.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, detail="bad"):
        super().__init__("config %s: %s" % (key, detail))
        self.key = key


class Coded(Exception):
    def __init__(self, code):
        self.code = code

    def __str__(self):
        return "code=%d" % self.code


try:
    raise ConfigError("port")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, isinstance(e, Exception), repr(e))

try:
    raise Coded(7)
except Coded as e:
    print(str(e), e.args, e.code, repr(e))

e = AppError("a", 1)
print(e, repr(e), e.args, str(AppError()), repr(AppError()))
print(ConfigError.__mro__[1:3], ConfigError.__bases__, issubclass(ConfigError, BaseException))


class WithNew(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.made_by_new = True
        return self


w = WithNew("x", 2)
print(w.made_by_new, w.args, isinstance(w, ValueError))


class NoArgsInit(Exception):
    def __init__(self):
        super().__init__()


print(repr(NoArgsInit()), NoArgsInit().args)


class KeepsArgs(Exception):
    def __init__(self, a, b):
        pass


print(KeepsArgs(1, 2).args)


def fail():
    raise ConfigError("host", "missing")


try:
    fail()
except ConfigError as err:
    print("caught", err.key, err.__traceback__ is not None)

try:
    try:
        raise Coded(1)
    except Coded as inner:
        raise AppError("outer") from inner
except AppError as outer:
    print(outer, type(outer.__cause__).__name__, outer.__cause__)


class Hooked(Exception):
    def __init__(self, *a):
        super().__init__(*a)
        self.add_note("note from init")


try:
    raise Hooked("h")
except Hooked as h:
    print(h, h.__notes__)


class StopLike(StopIteration):
    pass


def gen():
    yield 1
    raise StopLike


try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e)


class MyKeyError(KeyError):
    pass


try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, e)
print(str(MyKeyError("k")), str(MyKeyError()))


class MyOSError(OSError):
    pass


oe = MyOSError(2, "No such file")
print(oe.errno, oe.strerror, type(oe).__name__, str(oe))
try:
    raise ConfigError
except TypeError as e:
    print("TypeError:", e)


class Exit(SystemExit):
    pass


try:
    raise Exit(3)
except SystemExit as e:
    print("exit code", e.code)
print(Exception.__subclasses__()[:0], AppError.__subclasses__())
raise ConfigError("final", "uncaught")
