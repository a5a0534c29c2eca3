# Key and item views support set operations.
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()), sorted(a.items() & b.items()), sorted(a.keys() & {'x', 'q'}))
print(a.keys() <= {'x', 'y', 'z', 'q'}, a.keys() >= {'x'}, a.keys().isdisjoint({'q'}))
print(type(a.keys() & b.keys()).__name__)
