# Lists compare element by element; equality is by value.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print([] == [], [] < [0], [[1]] == [[1]], [1, [2, [3]]] == [1, [2, [3]]])
print([1.0, 2] == [1, 2.0], [True] == [1], ['a'] < ['b'], [None] == [None])
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]))
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError', e)
print([1, 'a'] == [1, 2], [1, 2] == (1, 2))
nan = float('nan')
print([nan] == [nan], [1, nan] < [2, nan])
