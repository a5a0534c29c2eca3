# TypeError messages for subscripting and item assignment on the wrong types.
for obj in [1, None, 1.5, len]:
    try:
        obj[0]
    except TypeError as e:
        print(e)
for obj in ['str', (1,), b'b', range(3), frozenset()]:
    try:
        obj[0] = 1
    except TypeError as e:
        print(e)
for obj in ['str', (1,)]:
    try:
        del obj[0]
    except TypeError as e:
        print(e)
for idx in ['0', 1.0, None]:
    try:
        [1, 2][idx]
    except TypeError as e:
        print(e)
pair, text = (1, 2), 'abc'
try:
    pair['x']
except TypeError as e:
    print(e)
try:
    text[1.5]
except TypeError as e:
    print(e)
