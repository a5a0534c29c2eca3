# Chained comparisons evaluate each operand at most once and short-circuit.
def val(tag, v):
    print('eval', tag)
    return v

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 3 > 2)
print(1 == 1 == 1, 1 == 1 == 2, 1 != 2 != 1)
print(1 <= 1 < 2 <= 2 < 3)
print(val('a', 1) < val('b', 2) < val('c', 3))
print(val('a', 3) < val('b', 2) < val('c', 1))
print(val('a', 1) < val('b', 5) > val('c', 4) == val('d', 4))
x = 5
print(0 < x < 10, 0 < x < 5, x in [5] in [[5]])
print(1 < 2 == 2 > 1)
print('a' < 'b' < 'c' < 'd')
print([1] == [1] != [2])
one = 1
print(None is None is not one)
r = 2 < 3 < 4
print(r, type(r).__name__)
