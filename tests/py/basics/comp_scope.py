# A comprehension has its own scope: its loop variable does not leak or clobber.
x = 'outer'
print([x for x in range(3)])
print(x)
n = 10
print([n * i for i in range(3)])
def f():
    k = 5
    return [k + i for i in range(3)]
print(f())
i = 'untouched'
d = {i: i for i in 'ab'}
print(d, i)
print([[i for i in range(2)] for i in 'xy'])
print(i)
def g():
    vals = [lambda: i for i in range(2)]
    return [v() for v in vals]
print(g())
y = 1
print([y for _ in range(2)])
