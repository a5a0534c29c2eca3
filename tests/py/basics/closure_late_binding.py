# Closures capture variables, not values: late binding, and the default-argument idiom.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])

def make(n):
    return lambda: n
print([make(k)() for k in range(3)])

x = 'global'
def show():
    return x
x = 'changed'
print(show())

def outer():
    v = 1
    def inner():
        return v
    v = 2
    return inner
print(outer()())
