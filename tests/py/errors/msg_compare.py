# TypeError messages for unorderable comparisons.
for a, b in [(1, 'a'), ('a', 1), (None, None), ([1], (1,)), ({}, {}), (1.5, 'x'), ({1}, 1)]:
    for name, op in [('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b),
                     ('>', lambda a, b: a > b), ('>=', lambda a, b: a >= b)]:
        try:
            op(a, b)
        except TypeError as e:
            print(e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print(e)
try:
    max(1, 'a')
except TypeError as e:
    print(e)
