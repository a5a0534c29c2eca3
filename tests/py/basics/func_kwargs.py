# **kwargs collects extra keyword arguments into a dict, in call order.
def f(**kw):
    return kw

print(f(), f(a=1), f(b=2, a=1))
print(type(f()).__name__)

def g(x, **kw):
    return x, kw

print(g(1, y=2, z=3))
print(g(x=1, y=2))
print(g(**{'x': 5, 'w': 6}))

def h(*args, **kwargs):
    return len(args), sorted(kwargs)

print(h(1, 2, c=3, a=4))
opts = {'sep': '-', 'end': '|\n'}
print('a', 'b', **opts)
def pick(**kw):
    return kw.get('missing', 'default'), kw.get('present')
print(pick(present=True))
