# type() of values, type names, type identity and comparisons.
for v in [0, 0.0, '', b'', [], (), {}, set(), frozenset(), None, True, range(0), slice(1),
          len, print, {}.keys(), {}.values(), {}.items(), iter([]), iter(range(1))]:
    print(type(v).__name__)
print(type(1) is int, type(1) == int, type(True) is bool, type(True) is int)
print(type(int), type(type), type(type(1)).__name__)
print(type(1), type('s'), type(None), type([]))
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)
import sys
print(type(sys).__name__)
print(type(ValueError()).__name__, type(ValueError).__name__)
