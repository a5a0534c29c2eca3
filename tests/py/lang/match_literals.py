# match: literal, singleton and value patterns (dotted names), compared with == or `is`.
import sys


class Color:
    RED = 1
    GREEN = "green"


class Ns:
    inner = Color


def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -2 - 1j:
            return "negative complex"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.GREEN:
            return "Color.GREEN"
        case Ns.inner.RED:
            return "Ns.inner.RED (== 1)"
        case sys.maxsize:
            return "maxsize"
    return "no match"


for v in [0, 0.0, -1, 1.5, 2 + 3j, -2 - 1j, "hello", "hi", b"raw", None, True, False, 1,
          "green", sys.maxsize, 3, "other", [], 1.0]:
    print(repr(v), "->", describe(v))


# True matches only True (identity), while 1 == True.
def one(x):
    match x:
        case 1:
            return "one"
        case _:
            return "not one"


print(one(True), one(1.0), one(1))
