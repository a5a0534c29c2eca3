# dicts keep insertion order; updating a key keeps its place; delete + re-insert moves it to the end.
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d, list(d))
d['alpha'] = 0
print(list(d))
del d['zeta']
d['zeta'] = 99
print(d)
n = {}
for i in [5, 3, 9, 1, 7]:
    n[i] = i * i
print(n, list(n.keys()), list(n.values()))
for i in [3, 9]:
    del n[i]
n[3] = 'back'
print(n)
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 2):
    del big[str(i)]
print(list(big)[:5], list(big)[-3:], len(big))
print({'b': 1, 'a': 2} == {'a': 2, 'b': 1})
