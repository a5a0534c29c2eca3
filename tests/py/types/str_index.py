# str indexing: positive, negative, out of range; strings are immutable.
s = 'python'
print(s[0], s[5], s[-1], s[-6], s[2], s[-3])
print(len(s), len(''), len('a b'))
for i in [6, -7, 100]:
    try:
        s[i]
    except IndexError as e:
        print('IndexError', e)
try:
    s[0] = 'P'
except TypeError as e:
    print('TypeError', e)
try:
    s['x']
except TypeError as e:
    print('TypeError', e)
print(type(s[0]).__name__, s[0] == 'p', s[True])
print([s[i] for i in range(len(s))])
print([s[-i] for i in range(1, len(s) + 1)])
