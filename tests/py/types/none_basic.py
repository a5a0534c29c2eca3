# None: the single NoneType value, falsy, printed as None, not orderable.
print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, None == False, not None)
def f():
    pass
print(f(), f() is None)
x = [None, None]
print(x, x.count(None), x.index(None))
d = {None: 'none key'}
print(d[None], d.get('absent'))
print(bool(None), str(None) + '!', f'{None}', f'{None!r:>6}')
for op in ['<', '+']:
    try:
        if op == '<':
            None < 1
        else:
            None + 1
    except TypeError as e:
        print('TypeError', e)
print(hash(None) == hash(None))
print([v for v in [0, None, '', 'x'] if v is not None])
