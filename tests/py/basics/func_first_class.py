# Functions are values: stored, passed, returned, compared and named.
def add(a, b):
    return a + b

def mul(a, b):
    return a * b

ops = {'+': add, '*': mul}
print(ops['+'](2, 3), ops['*'](2, 3))
table = [add, mul, lambda a, b: a - b]
print([f(6, 3) for f in table])

def apply_twice(f, x):
    return f(f(x))

print(apply_twice(lambda x: x * 3, 2))

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(add.__name__, mul.__name__, (lambda: 0).__name__, compose(add, add).__name__)
print(add == add, add is add, add == mul)
alias = add
print(alias(1, 1), alias.__name__)
print(callable(add), callable(5))
