# keys(), values(), items() are live views with their own repr.
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['c'] = 3
print(k, v, i, len(k), len(v), len(i))
print('a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
print(list(k), list(v), list(i), sorted(v, reverse=True))
for key, value in d.items():
    print(key, value)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print({}.keys(), {}.items())
del d['a']
print(list(k), list(i))
print(d.keys() == {'b', 'c'}, d.items() == {('b', 2), ('c', 3)})


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# Iterators: names, __length_hint__, forward and reversed order.
d = {1: 'a', 2: 'b', 3: 'c'}
for it in (iter(d), iter(d.keys()), iter(d.values()), iter(d.items())):
    print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())))
print(list(reversed(d.items())), list(reversed({}.items())))
it = reversed(d.values())
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
attempt(lambda: iter(d).__length_hint__(1))
attempt(lambda: d.keys().__reversed__(1))

# Item iterators give a new tuple each time.
it = iter(d.items())
t1, t2 = next(it), next(it)
print(t1, t2, t1 is t2, type(t1).__name__)

# Mutation during iteration: a size change raises (again on every next), a same-size change of
# keys raises once and then the iterator is exhausted.
for make in (iter, lambda m: iter(m.values()), lambda m: iter(m.items()), reversed):
    m = {1: 1, 2: 2}
    it = make(m)
    next(it)
    m[3] = 3
    attempt(lambda: next(it))
    attempt(lambda: next(it))
    print(it.__length_hint__())
m = {1: 1, 2: 2}
it = iter(m)
print(next(it))
del m[1]
m[3] = 3
attempt(lambda: next(it))
attempt(lambda: next(it))
attempt(lambda: next(it))
m = {1: 1, 2: 2}
it = iter(m.items())
del m[1]
attempt(lambda: next(it))
m[1] = 1
attempt(lambda: list(it))
m = {'x': 1}
for k in m:
    m[k] = 2  # changing values is allowed
print(m)

# Exhausted iterators stay exhausted.
m = {1: 2}
it = iter(m)
print(list(it))
m[5] = 6
print(list(it), it.__length_hint__())
it = reversed(m.items())
print(list(it), list(it))

# len, bool, `in`.
d = {'a': 1, 'b': 2.0, 'c': [3]}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i), bool(k), bool({}.values()), bool({}.items()))
print('a' in k, 'z' in k, 2 in v, [3] in v, 4 in v, ('b', 2) in i, ('a', 1.0) in i)
print(('a', 2) in i, ('z', 1) in i, 'a' in i, ('a',) in i, ('a', 1, 2) in i, ['a', 1] in i)
attempt(lambda: [] in k)
attempt(lambda: ([], 1) in i)
print([] in v, 'a' not in k)
nan = float('nan')
print(nan in {1: nan}.values(), (1, nan) in {1: nan}.items())

# repr, including views that contain themselves.
print(repr({}.keys()), repr({1: (2, 3)}.values()), repr({(1, 2): 'x'}.items()))
d = {1: 2}
v = d.values()
d[3] = v
print(v, d)
d = {1: 2}
d[2] = d.keys()
print(d.keys(), d)
d = {}
d[1] = d.items()
print(d.items())
d = {1: 2}
d[3] = d.values()
print(d.values())

# Hashing: keys and items views are unhashable, values views hash by identity.
attempt(lambda: hash({}.keys()))
attempt(lambda: hash({}.items()))
print(type(hash({}.values())).__name__)
attempt(lambda: {{}.keys(): 1})

# Comparison of set-like views with sets and with each other.
a = {1: 'x', 2: 'y', 3: 'z'}
b = {3: 'z', 2: 'y', 1: 'x', 4: 'w'}
print(a.keys() == {1, 2, 3}, a.keys() != {1, 2, 3}, a.keys() == frozenset({1, 2, 3}))
print({1, 2, 3} == a.keys(), frozenset({1, 2}) < a.keys(), {1, 2, 3, 4} > a.keys())
print(a.keys() == b.keys(), a.keys() < b.keys(), a.keys() <= b.keys(), a.keys() > b.keys())
print(b.keys() >= a.keys(), b.keys() > a.keys(), a.keys() <= a.keys(), a.keys() < a.keys())
print(a.items() <= b.items(), a.items() == {(1, 'x'), (2, 'y'), (3, 'z')}, a.items() == a.keys())
print(a.keys() == [1, 2, 3], a.keys() != (1, 2, 3), {1: 1}.items() == {(1, 1.0)})
attempt(lambda: a.keys() < [1, 2, 3, 4])
attempt(lambda: a.items() >= 3)
c = {1: 'x', 2: 'Y', 3: 'z'}
print(a.items() == c.items(), a.items() != c.items(), a.keys() == c.keys())

# Values views compare by identity only.
v = a.values()
print(v == v, v != v, a.values() == a.values(), a.values() != a.values(), v == ['x', 'y', 'z'])
attempt(lambda: v < v)

# Set operators: either operand order, any iterable on the other side, always a set.
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 0}
for r in (a.keys() & b.keys(), a.keys() & ['x', 'q'], ['x', 'q'] & a.keys(), {'y', 'q'} & a.keys(),
          a.keys() & {'y', 'q', 'r', 's'}, a.keys() | ['q'], ('q',) | a.keys(), a.keys() - b.keys(),
          ['x', 'w', 'w'] - a.keys(), a.keys() - 'xy', a.keys() ^ b.keys(), 'xqq' ^ a.keys(),
          a.items() & b.items(), a.items() - b.items(), a.items() | b.items(),
          a.items() ^ b.items(), b.items() ^ a.items(), a.items() ^ [('x', 1), ('q', 9)],
          [('x', 1)] - a.items(), a.keys() & b.items(), a.items() & [('x', 1), ('x', 2)],
          {}.keys() | {}.keys(), a.keys() ^ a.keys(), a.items() ^ a.items()):
    print(type(r).__name__, sorted(r))
print(sorted({1: 1, 2: 2}.keys() | frozenset({3})), sorted(frozenset({3}) | {1: 1}.keys()))
print(a.items() ^ {'x': 1.0}.items() == {('y', 2), ('z', 3)}, sorted({1: 1}.items() ^ {1: 2}.items()))

attempt(lambda: a.keys() - 5)
attempt(lambda: 5 - a.keys())
attempt(lambda: a.keys() & 5)
attempt(lambda: 5 & a.items())
attempt(lambda: a.keys() | None)
attempt(lambda: a.items() ^ 1.5)
attempt(lambda: a.keys() ^ [[]])
attempt(lambda: a.items() & [([], 1)])
attempt(lambda: a.values() & a.values())
attempt(lambda: a.values() - {1})
attempt(lambda: a.keys() + a.keys())
k = a.keys()
k -= {'x'}
print(type(k).__name__, sorted(k), sorted(a))

# isdisjoint.
print(a.keys().isdisjoint({'q'}), a.keys().isdisjoint(['x']), a.keys().isdisjoint(b.keys()))
print(a.keys().isdisjoint(a.keys()), {}.keys().isdisjoint({}.keys()), a.keys().isdisjoint(''))
print(a.items().isdisjoint([('x', 1)]), a.items().isdisjoint({('x', 2)}), a.items().isdisjoint(a))
print(a.keys().isdisjoint({'x', 1, 2, 3, 4, 5}), a.keys().isdisjoint(iter(['z'])))
attempt(lambda: a.keys().isdisjoint())
attempt(lambda: a.items().isdisjoint(1, 2))
attempt(lambda: a.keys().isdisjoint(3))
attempt(lambda: a.keys().isdisjoint([[]]))
print(hasattr(a.values(), 'isdisjoint'))

# Views are live.
d = {}
k, v, i = d.keys(), d.values(), d.items()
d.update(zip('abc', range(3)))
print(k, v, i, len(i))
d.clear()
print(k, v, i, list(reversed(i)))
