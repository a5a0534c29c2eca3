# TypeError messages for unsupported operand types.
pairs = [(1, 'a'), ('a', 1), ([1], (1,)), (None, 1), (1.5, [1]), ({}, {}), ({1}, [1])]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('**', lambda a, b: a ** b), ('&', lambda a, b: a & b),
       ('<<', lambda a, b: a << b), ('%', lambda a, b: a % b)]
for a, b in pairs:
    for name, op in ops:
        try:
            op(a, b)
        except TypeError as e:
            print(name, e)
for f in [lambda: -'a', lambda: ~1.5, lambda: +[1], lambda: ~None]:
    try:
        f()
    except TypeError as e:
        print(e)
