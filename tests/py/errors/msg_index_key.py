# IndexError and KeyError messages.
def show(f):
    try:
        f()
    except LookupError as e:
        print(type(e).__name__, e)

show(lambda: [1, 2][5])
show(lambda: (1, 2)[-3])
show(lambda: 'abc'[10])
show(lambda: b'abc'[3])
show(lambda: range(3)[3])
show(lambda: {}['k'])
show(lambda: {}[42])
show(lambda: {}[(1, 'a')])
show(lambda: {'a': 1}[None])
show(lambda: {1: 2}[''])
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
