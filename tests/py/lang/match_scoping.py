# match: captures bind like assignments (locals, globals, closures, class bodies), and control
# flow (return, break, continue) leaves a case cleanly.
def local_capture(v):
    match v:
        case [x, y]:
            pass
    return x + y


print(local_capture([1, 2]))

try:
    local_capture([1])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

match (1, 2):
    case (g1, g2):
        pass
print("globals", g1, g2)


def closure():
    match {"k": 10}:
        case {"k": k}:
            return lambda: k


print(closure()())


class Body:
    match [1, 2, 3]:
        case [first, *others]:
            pass


print(Body.first, Body.others)


def loop():
    out = []
    for item in [1, "skip", 2, "stop", 3]:
        match item:
            case "skip":
                continue
            case "stop":
                break
            case int(n):
                out.append(n)
    return out


print(loop())


def nested(v):
    match v:
        case [a, b]:
            match b:
                case [c, *_]:
                    return ("nested", a, c)
                case _:
                    return ("flat", a, b)
    return None


print(nested([1, [2, 3]]), nested([1, 2]), nested(3))


def in_try(v):
    try:
        match v:
            case 0:
                return 1 // v
            case _:
                return "fine"
    except ZeroDivisionError:
        return "caught"
    finally:
        print("finally")


print(in_try(0), in_try(1))


# Private names are mangled in class bodies.
class Private:
    match [5]:
        case [__hidden]:
            pass


print(Private._Private__hidden)


# match and case stay usable as names.
match = {"case": 1}
case = "case"
match match:
    case {"case": value}:
        print("soft keywords", value, match[case])


# An annotated assignment inside a case of a module-level match needs __annotations__.
match 1:
    case 1:
        annotated: int = 5
print(__annotations__, annotated)
