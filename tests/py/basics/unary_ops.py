# Unary minus, plus, invert and not on ints, floats and bools.
values = [0, 1, -1, 7, -128, 2 ** 70, -(2 ** 70)]
for v in values:
    print(v, -v, +v, ~v, not v)
for f in [0.0, -0.0, 1.5, -2.25, 1e300]:
    print(f, -f, +f, not f)
print(-True, +True, ~False, not True)
print(- -1, -+-1, ~~5, ~-1)
print(-(-(-(3))))
x = 5
x = -x
print(x)
print(-x ** 2, (-x) ** 2)
print(type(-True).__name__, type(+False).__name__)
print(not [], not [0], not '', not ' ', not None)
