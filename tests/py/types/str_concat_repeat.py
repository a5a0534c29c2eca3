# + and * on strings, building strings in loops.
print('ab' + 'cd', 'x' * 5, 3 * 'ab', 'z' * 0, 'z' * -2, '' * 100)
s = ''
for i in range(10):
    s += str(i)
print(s, len(s))
big = 'abc' * 10000
print(len(big), big[-5:], big.count('ca'))
parts = []
for w in ['alpha', 'beta', 'gamma']:
    parts.append(w[0].upper() + w[1:])
print(' '.join(parts))
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError', e)
print(('é' + '日') * 2)
