# collections: defaultdict and OrderedDict behaviour (reprs shown only where 3.11 and 3.13 agree).
from collections import defaultdict, OrderedDict

d = defaultdict(list)
d['a'].append(1)
d['b']
print(d, d['a'], len(d), d.default_factory, dict(d), d == {'a': [1], 'b': []})
n = defaultdict(int, {'x': 1}, y=2)
n['z'] += 5
print(n, n.copy(), type(n.copy()).__name__, defaultdict(), repr(defaultdict(None)))
print(n | {'w': 0}, {'w': 0} | n, type(n | {}).__name__)
e = defaultdict()
try:
    e['missing']
except KeyError as err:
    print('KeyError', err)
print(e.get('nope'), 'nope' in e)
try:
    defaultdict(5)
except TypeError as err:
    print(err)
rec = defaultdict(lambda: 'r')
rec.default_factory = rec
print(repr(rec)[:25])

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(list(od))
od.move_to_end('b', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
od = OrderedDict.fromkeys('xyz', 0)
print(list(od.items()), od.pop('y'), od.pop('q', 'dflt'), od.setdefault('w', 9), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(a=1) != OrderedDict(a=1), list(reversed(OrderedDict(a=1, b=2))), len(OrderedDict(a=1)))
print(list((OrderedDict(a=1) | {'b': 2}).items()), list(reversed(OrderedDict(a=1, b=2).keys())))
print(list(OrderedDict(a=1, b=2).copy().items()), 'a' in OrderedDict(a=1).keys(), OrderedDict() == {})
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('x'),
            lambda: OrderedDict().pop('x')]:
    try:
        bad()
    except KeyError as err:
        print('KeyError', err)
