# Three levels of nesting; inner functions see all enclosing scopes.
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2

print(level1(1)(10)(100))

def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner()
    return middle()

print(outer())

def shadow():
    x = 1
    def f():
        x = 2
        def g():
            return x
        return g()
    return f(), x

print(shadow())

def skip_level():
    n = 0
    def mid():
        def deep():
            nonlocal n
            n += 1
            return n
        return deep
    d = mid()
    d()
    d()
    return n

print(skip_level())
