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
