# | and |= merge dicts; the right-hand side wins on conflicts.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [('w', 0)]
print(c)
print({**a, **b} == a | b)
try:
    a | [('k', 'v')]
except TypeError as e:
    print('TypeError', e)
e = {}
e |= {}
print(e)
