# try/except*: the TypeErrors for invalid clause types and the SyntaxErrors of the statement.
def check(exc_type_value):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* exc_type_value:
            print("handled")
    except TypeError as e:
        print("TypeError:", e)
    except ExceptionGroup as e:
        print("escaped", repr(e))


check(ExceptionGroup)
check(BaseExceptionGroup)
check((ValueError, ExceptionGroup))
check(3)
check((ValueError, "x"))
check(ValueError)

SOURCES = [
    "try:\n    pass\nexcept* ValueError:\n    return",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        for z in x:\n"
    "            continue",
    "try:\n    pass\nexcept*:\n    pass",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    pass\nfinally:\n    pass",
]
for src in SOURCES:
    try:
        compile(src, "<star>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}")
