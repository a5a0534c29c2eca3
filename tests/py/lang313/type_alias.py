# .exp: the oracle is CPython 3.11, which cannot parse the `type` statement (3.12+); the expected
# output comes from CPython 3.13.
type Number = int
print(type(Number).__name__, Number.__name__, Number.__value__, Number.__type_params__)
print(repr(Number), Number.__module__)

type Pair[T] = tuple
print(Pair.__type_params__, type(Pair.__type_params__[0]).__name__, Pair.__value__)

# The value is evaluated lazily, once, when __value__ is first read.
calls = []


def make():
    calls.append(1)
    return "made"


type Lazy = make()
print(calls)
print(Lazy.__value__, Lazy.__value__, calls)

type Later = defined_after
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
defined_after = 42
print(Later.__value__)

# Aliases can refer to themselves (the name exists when the value is evaluated).
type Tree = list[Tree] if False else Tree
print(Tree.__value__ is Tree)


def scoped():
    local = float
    type Local = local
    return Local


print(scoped().__value__, scoped().__name__)


class Holder:
    type Inside = str


print(Holder.Inside.__name__, Holder.Inside.__value__)

# `type` remains a soft keyword: an ordinary name elsewhere.
type = "still a name"
print(type)
