# Unpacking in list/tuple/set/dict displays and in calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *'xy'))
print({*a, *b} == {1, 2, 3, 4})
print([*range(3), *[], *'ab'])
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2})
print({**d2, **d1})
print({'w': 0, **d1, 'x': 100})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b))
print(f(0, *a, 9, *b))
print(f(**d1, **{'z': 3}))
print(f(*a, k=1, **d2))
print(*a, *b, sep='-')
t = *a, 7
print(t)
