# Keyword-only parameters (after * or *args).
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, c=4, b=2))
try:
    f(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    f(1)
except TypeError as e:
    print('TypeError', e)

def g(*args, key, flag=False):
    return args, key, flag

print(g(1, 2, key='k'))
print(g(key=0, flag=True))

def h(*, only):
    return only

print(h(only='yes'))
try:
    h()
except TypeError as e:
    print('TypeError', e)
