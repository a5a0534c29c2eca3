# !r, !s and !a conversions, alone and with format specs.
s = "it's é"
print(f'{s!r} {s!s} {s!a}')
print(f'{s!r:>20}|{s!s:<10}|{s!a:^22}|')
print(f'{42!r} {4.5!r} {None!r} {[1, "x"]!r} {("t",)!s}')
print(f'{"日本"!a} {"日本"!r}')
nested = {'k': ['v', 1.0]}
print(f'{nested!r}', f'{nested!s}' == str(nested))
print(f'{b"by"!r} {b"by"!s}')
