# popitem is LIFO; empty-dict errors and unhashable keys.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d.popitem(), d)
d['z'] = 26
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
for bad in [[1], {}, {1}]:
    try:
        {bad: 1}
    except TypeError as e:
        print('TypeError', e)
try:
    {}.fromkeys([[1]])
except TypeError as e:
    print('TypeError', e)
try:
    {'a': 1}['b']
except LookupError as e:
    print(type(e).__name__, e.args)
try:
    {(1, 2): 'x'}[1, 3]
except KeyError as e:
    print('KeyError', e)
