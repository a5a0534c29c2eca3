# is / is not compare identity; == compares value.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, (None is not None))
x = None
print(x is None, x is not None)
t = True
print(t is True, (1 == 1) is True, bool(0) is False)
def f():
    pass
print(f() is None)
d = {}
print(d.get('missing') is None)
e = d
e['k'] = 1
print(d is e, d)
s = [a, a]
print(s[0] is s[1])
print(type(1) is int, type('') is str, type(None) is type(x))
