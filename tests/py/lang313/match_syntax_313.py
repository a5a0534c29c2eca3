# .exp: the oracle is CPython 3.11, and these SyntaxErrors of match patterns changed in 3.12
# (columns of "multiple assignments" / "alternative patterns", the message for `**_`); the
# expected output comes from CPython 3.13.
SOURCES = [
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case [a] | (a, b): pass",
    "match x:\n case [a] | [b]: pass",
    "match x:\n case {**_}: pass",
]
for src in SOURCES:
    try:
        compile(src, "<match>", "exec")
        print("compiles:", src.replace("\n", " / "))
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}")
