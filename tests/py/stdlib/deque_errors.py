# collections.deque: error messages, and "deque mutated during iteration" for exactly the
# operations that change the deque's structure (as CPython's state counter).
from collections import deque


def attempt(f, *args, **kwargs):
    try:
        print(getattr(f, '__name__', '?'), args, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(getattr(f, '__name__', '?'), args, type(e).__name__, e)


attempt(deque, 1)
attempt(deque, [1], -1)
attempt(deque, [1], 'a')
attempt(deque, [1], 1.5)
attempt(deque, [1], 2, 3)
d = deque([1, 2, 3])
for f, args in [(d.index, (5,)), (d.remove, (5,)), (deque().pop, ()), (deque().popleft, ()),
                (d.__getitem__, (10,)), (d.__getitem__, (-4,)), (d.__getitem__, ('a',)),
                (d.__setitem__, (10, 1)), (d.__delitem__, (-10,)), (d.rotate, ('a',)),
                (d.rotate, (1.5,)), (d.__add__, ([1],)), (d.count, ()),
                (d.index, (1, 'a')), (d.append, ()), (d.extend, (1,)), (hash, (d,)),
                (deque([1], 1).insert, (0, 2)), (d.index, (1, 0, 0)), (d.index, (3, -1))]:
    attempt(f, *args)
for op in [lambda: d * 1.5, lambda: d + [1], lambda: d < [1], lambda: 2.5 * d]:
    try:
        op()
    except TypeError as e:
        print(e)
print(d == [1, 2, 3], d != (1, 2, 3))

mutations = [
    ('append', lambda d: d.append(4)), ('setitem', lambda d: d.__setitem__(0, 5)),
    ('rotate', lambda d: d.rotate(1)), ('rotate0', lambda d: d.rotate(0)),
    ('extend-empty', lambda d: d.extend([])), ('reverse', lambda d: d.reverse()),
    ('clear', lambda d: d.clear()), ('iadd', lambda d: d.__iadd__([1])),
    ('imul1', lambda d: d.__imul__(1)), ('insert', lambda d: d.insert(0, 1)),
    ('delitem', lambda d: d.__delitem__(0)), ('remove', lambda d: d.remove(3)),
    ('pop', lambda d: d.pop()), ('count', lambda d: d.count(1)),
]
for name, mutate in mutations:
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    mutate(d)
    try:
        print(name, next(it))
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
d = deque([1, 2, 3])
it = iter(d)
list(it)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('exhausted:', e)


class Mutating:
    def __eq__(self, other):
        target.append(1)
        return False


for method in ('count', 'index', 'remove', '__contains__'):
    target = deque([1, 2])
    try:
        getattr(target, method)(Mutating())
    except (RuntimeError, IndexError) as e:
        print(method, type(e).__name__, e)
