# Annotations of modern code: list[int] (types.GenericAlias through __class_getitem__ and
# type[...]) and int | None (types.UnionType), with their reprs, parts, equality, calls,
# __mro_entries__ and the isinstance rules.
GenericAlias = type(list[int])
UnionType = type(int | str)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], list[1, "a"])
print(set[bytes], frozenset[int], enumerate[str], list[...], dict[int, type(len)])
g = list[int]
print(g.__origin__, g.__args__, g.__parameters__, g(), g("ab"), GenericAlias.__name__)
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]), list[int] == list)
for call in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: g[int],
             lambda: GenericAlias(list), lambda: isinstance(1, str | list[int]), lambda: int | 3,
             lambda: UnionType()):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


class L(list[int]):
    pass


class Point:
    pass


print(L.__bases__, L.__orig_bases__, L([1]) + [2])
print(g.append, g.__name__, GenericAlias(dict, (int, str)), GenericAlias(list, int))
print(int | str, int | None, None | int, int | str | int, (int | str) | float, int | (str | float))
print(int | Point, list[Point], Point | None)
u = int | str
print(UnionType.__name__, u.__args__, isinstance(1, u), isinstance(1.0, u), issubclass(bool, u))
print(isinstance(None, int | None), isinstance("s", (float, int | str)))
print(u == (str | int), hash(u) == hash(str | int), int | int, list[int] | None, type[int] | None)
print(type.__or__(int, str), type.__ror__(int, str), (int | str).__parameters__)


def annotated(x: list[int], y: dict[str, int | None] = None) -> tuple[int, ...] | None:
    return x


print(annotated([1]), annotated.__annotations__["x"], annotated.__annotations__["return"])


class Box:
    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


print(Box[int], Box[int]().__class__.__name__, Box[int]().__orig_class__)
