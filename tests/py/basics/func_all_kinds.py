# All parameter kinds together: positional-only, normal, *args, keyword-only, **kwargs.
def f(p, /, n, d=10, *args, k, kd='kd', **kw):
    return p, n, d, args, k, kd, kw

print(f(1, 2, k=3))
print(f(1, 2, 3, 4, 5, k=6))
print(f(1, n=2, k=3, extra=4))
print(f(1, 2, 3, k=4, kd=5, z=6, p=7))
print(f(*[1, 2, 3, 4], **{'k': 'K', 'q': 'Q'}))

def describe(*args, **kwargs):
    parts = [repr(a) for a in args]
    parts += [k + '=' + repr(v) for k, v in kwargs.items()]
    return 'call(' + ', '.join(parts) + ')'

print(describe())
print(describe(1, 'two', three=3, four=[4]))
