# zip() stops at the shortest input; strict=True checks lengths.
print(list(zip([1, 2, 3], 'abc')), list(zip([1, 2, 3], 'ab')), list(zip()), list(zip('a')))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(dict(zip(['a', 'b'], [1, 2])), list(zip([], [1])))
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, chars = zip(*pairs)
print(nums, chars)
z = zip('ab', 'cd')
print(next(z), next(z), next(z, None))
print(list(zip('ab', 'cd', strict=True)))
try:
    list(zip('abc', 'de', strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip('ab', 'cde', strict=True))
except ValueError as e:
    print('ValueError', e)
print(type(zip()).__name__)
