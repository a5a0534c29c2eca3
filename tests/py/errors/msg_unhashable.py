# TypeError for unhashable types used as keys or set members.
for bad in [[1], {'a': 1}, {1, 2}, ([1],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
    try:
        {bad: 1}
    except TypeError as e:
        print(e)
    try:
        {bad}
    except TypeError as e:
        print(e)
try:
    {}.get([1])
except TypeError as e:
    print(e)
try:
    [1] in {1: 2}
except TypeError as e:
    print(e)
try:
    set([[1]])
except TypeError as e:
    print(e)
