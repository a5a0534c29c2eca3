# ZeroDivisionError messages for ints and floats.
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 10 ** 30 // 0,
         lambda: -5 % 0, lambda: 1.5 / 0, lambda: 2 // 0.0, lambda: divmod(1, 0),
         lambda: 0 ** -1]
for f in cases:
    try:
        f()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
