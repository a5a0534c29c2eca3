# def is an executable statement: conditional definitions, redefinition, defs in loops.
if True:
    def pick():
        return 'first branch'
else:
    def pick():
        return 'second branch'
print(pick())

def pick():
    return 'redefined'
print(pick())

makers = []
for n in range(3):
    def maker(n=n):
        return 'maker %d' % n
    makers.append(maker)
print([m() for m in makers])

def outer(flag):
    if flag:
        def inner():
            return 'yes'
    else:
        def inner():
            return 'no'
    return inner()
print(outer(True), outer(False))
def f():
    return 1
g = f
def f():
    return 2
print(g(), f())
