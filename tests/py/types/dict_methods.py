# get, setdefault, pop, update, copy, clear, fromkeys.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 'default'))
print(d.setdefault('a', 100), d.setdefault('c', 3), d.setdefault('n'), d)
print(d.pop('a'), d.pop('z', 'absent'), d)
try:
    d.pop('z')
except KeyError as e:
    print('KeyError', e)
d.update({'b': 20, 'd': 4})
d.update([('e', 5)], f=6)
d.update(g=7)
print(d)
c = d.copy()
c['b'] = 'changed'
print(d['b'], c['b'])
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(['x', 'y'], [])
shared['x'].append(1)
print(shared)
d.clear()
print(d, len(d))
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups)
