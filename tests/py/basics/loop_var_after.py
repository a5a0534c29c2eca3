# Loop variables keep their last value after the loop; an empty loop leaves them unbound.
for i in range(5):
    pass
print(i)
for i in range(10):
    if i == 3:
        break
print(i)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
try:
    for never in []:
        pass
    print(never)
except NameError as e:
    print('NameError', e)
items = [1, 2, 3]
for items[0] in [7, 8]:
    pass
print(items)
d = {}
for d['k'] in 'xy':
    pass
print(d)
