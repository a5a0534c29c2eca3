# Error messages of list methods and operations.
a = [1, 2, 3]
tries = [
    ('pop empty', lambda: [].pop()),
    ('pop range', lambda: a.pop(10)),
    ('remove', lambda: a.remove(99)),
    ('index', lambda: a.index(99)),
    ('getitem', lambda: a[3]),
    ('add', lambda: a + (4,)),
    ('mul', lambda: a * 1.5),
    ('str idx', lambda: a['x']),
    ('float idx', lambda: a[1.0]),
]
for name, f in tries:
    try:
        f()
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    a[0:1] = 5
except TypeError as e:
    print('slice assign', type(e).__name__)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print('extended slice', type(e).__name__, e)
print(a)
