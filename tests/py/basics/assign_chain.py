# Chained assignment binds every target to the same object, left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
x += 1
print(x, y)
lst = [0, 0, 0]
i = lst[i] = 1
print(i, lst)
d = {}
d['k'] = d2 = {}
d2['inner'] = True
print(d)
p, q = r = (1, 2)
print(p, q, r)
s = t = 'str'
print(s is t)
first, *rest = whole = [1, 2, 3]
print(first, rest, whole)
