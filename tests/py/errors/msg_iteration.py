# Messages about iteration: not iterable, StopIteration from next().
for obj in [5, None, 1.5, len]:
    try:
        iter(obj)
    except TypeError as e:
        print(e)
    try:
        for x in obj:
            pass
    except TypeError as e:
        print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, repr(e))
print(next(it, 'default'))
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
