# Equality across int, float and bool; ordering of mixed numbers; exact big-int/float compare.
print(1 == 1.0, 1 == True, 0 == False, 0.0 == False, 2 == 2.5)
print(1 < 1.5, 2 > True, -1 < False)
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(float('inf') > 10 ** 400, float('-inf') < -(10 ** 400))
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 == nan)
print('1' == 1, [1] == (1,), None == 0, '' == [])
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [] < [0])
print('abc' < 'abd', 'Z' < 'a', 'é' > 'z', '' < 'a')
print((1, 'a') < (1, 'b'), (2,) > (1, 'z'))
for a, b in [(1, 'a'), ([], ()), (None, None)]:
    try:
        print(a < b)
    except TypeError:
        print('TypeError', type(a).__name__, type(b).__name__)
