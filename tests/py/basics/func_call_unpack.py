# Calls with * and ** unpacking, mixed with plain arguments.
def f(a, b, c=0, d=0):
    return a * 1000 + b * 100 + c * 10 + d

args = [1, 2]
print(f(*args))
print(f(*args, 3))
print(f(*args, d=4))
print(f(*[1], *[2], *[3]))
print(f(**{'a': 1, 'b': 2, 'd': 9}))
print(f(1, **{'b': 5}))
print(f(*'', 7, 8))
print(f(*range(4)))
print(f(*(9, 8), **{'c': 7}, d=6))
try:
    f(*[1, 2], **{'a': 3})
except TypeError as e:
    print('TypeError', e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, **{'zz': 1})
except TypeError as e:
    print('TypeError', e)
