# id() is stable for a living object and distinct between living objects.
a = [1]
b = [1]
c = a
print(id(a) == id(c), id(a) != id(b), id(a) == id(a))
print(type(id(a)).__name__, id(a) == id(a[:]))
objs = [[] for _ in range(20)]
ids = [id(o) for o in objs]
print(len(set(ids)) == 20)
def f():
    pass
print(id(f) == id(f), id(None) == id(None), id(len) == id(len))
