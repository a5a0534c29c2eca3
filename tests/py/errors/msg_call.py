# TypeError messages for calling things wrongly.
def f(a, b):
    return a + b

def g(a, *, k):
    return a

def h(a, b=1, /):
    return a

def k():
    pass

calls = [lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, b=2, a=3),
         lambda: f(1, 2, c=3), lambda: g(1), lambda: g(1, 2), lambda: g(1, k=1, j=2),
         lambda: h(), lambda: h(1, 2, 3), lambda: k(1), lambda: f(*[1, 2, 3]),
         lambda: f(**{'a': 1})]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
for obj in [1, 'str', None, [1], (1,)]:
    try:
        obj()
    except TypeError as e:
        print(e)
