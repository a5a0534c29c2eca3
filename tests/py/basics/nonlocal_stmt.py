# nonlocal rebinds a variable of the nearest enclosing function scope.
def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
    inner()
    return x

print(outer())

def two_levels():
    a = 'outer'
    def mid():
        a = 'mid'
        def inner():
            nonlocal a
            a = 'changed by inner'
        inner()
        return a
    return mid(), a

print(two_levels())

def swap():
    p, q = 1, 2
    def do():
        nonlocal p, q
        p, q = q, p
    do()
    return p, q

print(swap())

def counter_loop():
    n = 0
    def bump():
        nonlocal n
        for _ in range(5):
            n += 2
    bump()
    bump()
    return n

print(counter_loop())
