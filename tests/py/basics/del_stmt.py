# del of names, subscripts, slices and several targets at once.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError', e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:5]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b, c = 1, 2, 3
del a, c
print(b)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
try:
    del lst[100]
except IndexError as e:
    print('IndexError', e)
def f():
    y = 5
    del y
    try:
        return y
    except NameError as e:
        return type(e).__name__
print(f())
