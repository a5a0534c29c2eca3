# BaseException.add_note and __notes__, on plain exceptions and groups, and the errors.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)

for bad in [3, b"bytes", None]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)

try:
    e.add_note()
except TypeError:
    print("TypeError: no argument")

e.__notes__ = ("not", "a list")
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)

e.__notes__ = []
e.add_note("fresh")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))

g = ExceptionGroup("g", [KeyError(1)])
g.add_note("group note")
print(g.__notes__, g.exceptions[0].__dict__ if hasattr(g.exceptions[0], "__dict__") else None)

try:
    try:
        raise TypeError("inner")
    except TypeError as err:
        err.add_note("added while handling")
        raise
except TypeError as err:
    print(err.__notes__)
