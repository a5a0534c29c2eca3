# match: sequence patterns — lists and tuples, nested, star captures, what counts as a sequence.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case (a, b, c):
            return f"three: {a!r} {b!r} {c!r}"
        case [first, *middle, last]:
            return f"first={first!r} middle={middle!r} last={last!r}"
    return "not a sequence"


for v in [[], (), [1], (1,), [1, 2], (1, 2, 3), [1, 2, 3, 4, 5], range(4), "ab", b"ab",
          {1: 2}, {1, 2}, 5]:
    print(repr(v), "->", shape(v))


def nested(x):
    match x:
        case [[a, b], [c, *d]]:
            return (a, b, c, d)
        case [(1, x), *rest] if rest:
            return ("tail", x, rest)
        case [*_, "end"]:
            return "ends with end"
        case [*_]:
            return "some sequence"
    return None


print(nested([[1, 2], [3, 4, 5]]))
print(nested([[1, 2], [3]]))
print(nested([(1, "x"), 7, 8]))
print(nested([(1, "x")]))
print(nested(["a", "b", "end"]))
print(nested("end"))


# The star capture is always a list, even for a tuple subject.
match (1, 2, 3):
    case (1, *rest):
        print(type(rest).__name__, rest)

match [1, 2, 3]:
    case [*init, 3]:
        print("init", init)


# A list subclass is a sequence; the order of len() and item lookups follows CPython.
class Loud(list):
    def __len__(self):
        print("len")
        return list.__len__(self)

    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)


match Loud([10, 20, 30, 40]):
    case [a, *_, b]:
        print("ends", a, b)

match Loud([1, 2]):
    case [x, y]:
        print("pair", x, y)

match Loud([1, 2, 3]):
    case [_, _]:
        print("never")
    case [_, *_]:
        print("wildcards only")
