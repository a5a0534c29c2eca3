# BaseExceptionGroup / ExceptionGroup: the constructor's checks and messages, the type chosen,
# message/exceptions/args, str and repr.
def attempt(make):
    try:
        eg = make()
        print("ok", type(eg).__name__, repr(eg))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: ExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt(lambda: BaseExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt(lambda: BaseExceptionGroup("m", (ValueError(1), KeyboardInterrupt())))
attempt(lambda: ExceptionGroup("m", [ValueError(1), KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("m"))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("m", [ValueError()], "extra"))
attempt(lambda: ExceptionGroup(1, [ValueError()]))
attempt(lambda: ExceptionGroup("m", []))
attempt(lambda: ExceptionGroup("m", 5))
attempt(lambda: ExceptionGroup("m", {ValueError()}))
attempt(lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt(lambda: ExceptionGroup("m", "ab"))
attempt(lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt(lambda: ExceptionGroup("m", [ExceptionGroup("inner", [KeyError("k")])]))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(str(eg))
print(str(ExceptionGroup("single", [ValueError()])))
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, eg.args[1] is not eg.exceptions)
for attr in ["message", "exceptions"]:
    try:
        setattr(eg, attr, 3)
    except AttributeError as e:
        print("AttributeError:", e)

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))

try:
    raise ExceptionGroup("raised", [OSError("disk")])
except Exception as e:
    print("caught", repr(e), e.exceptions[0].args)
