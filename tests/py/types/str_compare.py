# Strings compare by code point, lexicographically.
print('a' < 'b', 'a' < 'B', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('apple' == 'apple', 'apple' != 'Apple', 'a' * 3 == 'aaa')
print('é' > 'z', '日' > 'é', '😀' > '日', '\uffff' < '\U00010000')
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', '10', '9']))
print(max('hello'), min('hello'), max(['b', 'ab', 'abc']), min('Zeta', 'alpha'))
print('abc' <= 'abc', 'abc' >= 'abd', 'b' > 'abc')
try:
    'a' < 1
except TypeError as e:
    print('TypeError', e)
print('1' == 1, '' == None)
