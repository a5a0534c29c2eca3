# match: class patterns with built-in types. bool, bytearray, bytes, dict, float, frozenset, int,
# list, set, str and tuple match themselves with one positional sub-pattern; other attributes are
# matched by keyword.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case complex(real=r, imag=i):
            return f"complex {r} {i}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes():
            return "bytes"
        case list([]):
            return "empty list"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case frozenset() | set():
            return f"a set of {len(x)}"
    return f"other {type(x).__name__}"


for v in [True, 0, 1, 7, float("nan"), 2.5, 1 + 2j, "", b"", "abc", b"xy", [], [4, 5], (1, 2),
          (1, 2, 3), {"k": 3}, {"j": 3}, frozenset({1}), {1, 2}, None, range(2)]:
    print(repr(v), "->", kind(v))


# Keyword sub-patterns read attributes; a missing attribute simply does not match.
match 3:
    case int(real=3, imag=0, denominator=1):
        print("int attributes match")

match "text":
    case str(no_such_attribute=_):
        print("never")
    case str(upper=up):
        print("bound method", up())


# Errors raised while matching (TypeError, like CPython). The message for a non-class changed
# in 3.12 ("must be a type" -> "must be a class"): lang313/match_messages.py checks it.
def too_many(subject):
    try:
        match subject:
            case int(a, b):
                return "matched"
            case _:
                return "no error"
    except TypeError as e:
        return f"TypeError: {e}"


print(too_many(5))
print(too_many("5"))
for bad in [len, 3, "int"]:
    try:
        match 5:
            case bad():
                print("matched", bad)
    except TypeError as e:
        print("TypeError for", type(bad).__name__)
try:
    match 5:
        case object(x):
            pass
except TypeError as e:
    print("TypeError:", e)
