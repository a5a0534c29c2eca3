# match: mapping patterns — required keys, extra keys allowed, **rest, get() semantics.
def handle(msg):
    match msg:
        case {"type": "move", "x": x, "y": y}:
            return f"move to {x},{y}"
        case {"type": "say", "text": str(text), **rest}:
            return f"say {text!r} rest={rest}"
        case {"type": t, **others} if not others:
            return f"bare {t}"
        case {}:
            return "some other mapping"
    return "not a mapping"


for m in [{"type": "move", "x": 1, "y": 2, "z": 0}, {"type": "say", "text": "hi", "to": "bob"},
          {"type": "say", "text": 5}, {"type": "quit"}, {"type": "quit", "now": True}, {},
          {"x": 1}, [("type", "move")], "type"]:
    print(m, "->", handle(m))


# Keys may be literals of any kind, or dotted names.
class K:
    one = 1


match {1: "a", -2: "b", None: "c", True: "d", K.one + 0: "e"}:
    case {K.one: a, -2: b, None: c}:
        print("keys", a, b, c)


# A dict subclass with __missing__: the pattern uses get(), so __missing__ is never called.
class Defaulting(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0

    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)


match Defaulting(a=1):
    case {"a": 1, "b": _}:
        print("matched b")
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)


# Two value patterns that turn out to be equal keys: a ValueError when the case is tried.
class Dup:
    x = "k"
    y = "k"


try:
    match {"k": 1}:
        case {Dup.x: 1, Dup.y: 1}:
            print("never")
except ValueError as e:
    print("ValueError:", e)


# **rest is a new dict, and the subject is untouched.
subject = {"a": 1, "b": 2, "c": 3}
match subject:
    case {"a": _, **rest}:
        rest["z"] = 9
        print(sorted(rest.items()), sorted(subject.items()))
