# Set comprehensions: duplicates collapse. Small int sets print in a fixed order.
s = {x % 4 for x in range(20)}
print(s, len(s))
print({c for c in 'mississippi'} == set('misp'))
print(sorted({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
print({n * n for n in range(-3, 4)} == {0, 1, 4, 9})
print({x for x in []})
print(sorted({(a, b) for a in range(2) for b in range(2)}))
print({x for x in range(3)})
