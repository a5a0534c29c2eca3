# if / elif / else chains, nested conditions and single-line suites.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        if n % 2:
            return 'small odd'
        else:
            return 'small even'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for n in [-5, 0, 3, 4, 42, 1000]:
    print(n, classify(n))

x = 3
if x: print('one-liner')
if x > 5: print('no')
else: print('else one-liner')
if x == 1:
    print('a')
elif x == 2:
    print('b')
print('after')
if []:
    print('empty list is true?')
if [0]:
    print('non-empty list is true')
