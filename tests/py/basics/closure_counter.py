# Closures with nonlocal state; each call of the factory makes independent state.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c1())

def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add

acc = make_accumulator()
acc(1)
print(acc(2))

def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = make_pair()
print(get())
set_(42)
print(get())
