# collections.ChainMap: lookups through several mappings, writes to the first.
from collections import ChainMap

base, over = {'a': 1, 'b': 2}, {'a': 10, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], cm.get('z', 'none'), len(cm), sorted(cm), 'b' in cm, bool(cm))
print(cm, list(cm), cm.maps)
cm['d'] = 4
del cm['a']
print(over, base, cm['a'])
child = cm.new_child({'a': 100})
print(child['a'], child.parents['a'], child.maps[0], ChainMap().maps, bool(ChainMap()))
print(cm.copy(), ChainMap.fromkeys('xy', 0), dict(cm), cm.pop('c'), over)
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
print(ChainMap({'a': 1}) | {'b': 2}, {'z': 0} | ChainMap({'a': 1}), cm == dict(cm))
cm.clear()
print(cm, base)
