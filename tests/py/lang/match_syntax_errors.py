# match: the SyntaxErrors the compiler gives for patterns (message, line and column). Those whose
# text or column changed after 3.11 are in lang313/match_syntax_313.py.
SOURCES = [
    "match x:\n case y: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case (y as z) | 1: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case __debug__: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case {1: _, 1.0: _}: pass",
    "match x:\n case {y: 1}: pass",
    "match x:\n case f'{x}': pass",
    "match x:\n case 1 + 1: pass",
    "match x:\n case 1j + 2: pass",
    "match x:\n case -1j + 2: pass",
    "match x:\n case C(x, y=1, z): pass",
    "match x:\n case -x: pass",
    "match x:\n case {**rest, 'a': 1}: pass",
    "match x:\n case *a: pass",
    "match x:\n case a | b if a: pass",
    "match x:\n case y if y: pass\n case z: pass",
    "match x:\n case (y): pass\n case 2: pass",
]
for src in SOURCES:
    try:
        compile(src, "<match>", "exec")
        print("compiles:", src.replace("\n", " / "))
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}")
