# match: as-patterns, or-patterns (binding the same names in any order), guards and the order in
# which captures are stored.
def classify(x):
    match x:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [a, b] | (b, a, "swapped"):
            return f"a={a} b={b}"
        case {"v": v} | [v] if v:
            return f"truthy v {v}"
        case [_, [_, _] as inner] as outer:
            return f"inner {inner} of {outer}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
    return "none"


for v in [1, 3, 4, [1, 2], ("x", "y", "swapped"), {"v": 5}, {"v": 0}, [7], [0],
          [9, [8, 7]], "hello", "hi"]:
    print(repr(v), "->", classify(v))


# A guard sees the captures, and runs only after the pattern matched.
def guarded(x):
    log = []
    match x:
        case [a, b] if log.append(("guard", a, b)) or a < b:
            log.append("first")
        case [a, *rest] if log.append(("guard2", a)) is None:
            log.append("second")
    return log


print(guarded([1, 2]))
print(guarded([2, 1]))
print(guarded([]))

# Captures from a failed guard stay bound (they were stored before the guard ran).
match [10, 20]:
    case [p, q] if p > q:
        pass
    case _:
        print("fell through with", p, q)

# A walrus in a guard binds in the enclosing scope.
match 5:
    case n if (double := n * 2) > 8:
        print("double", double)

# The subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return (1, 2)


match subject():
    case (2, _):
        pass
    case (1, 3):
        pass
    case (1, x):
        print("x", x, "calls", len(calls))

# Or-pattern alternatives are tried left to right.
match [3]:
    case [1] | [2] | [3] as which:
        print("which", which)


# Nested or-patterns inside sequences.
def nested_or(v):
    match v:
        case [("a" | "b") as letter, (1 | 2) as number]:
            return letter, number
    return None


print(nested_or(["a", 2]), nested_or(["b", 1]), nested_or(["c", 1]))
