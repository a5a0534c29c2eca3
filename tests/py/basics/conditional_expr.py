# Conditional expressions: laziness, nesting and precedence.
def side(v):
    print('side', v)
    return v

for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
print(side(1) if True else side(2))
print(side(1) if False else side(2))
x = 1 + 2 if 0 else 3 + 4
print(x)
y = (lambda: 'a') if x > 5 else (lambda: 'b')
print(y())
print([i if i % 2 else -i for i in range(6)])
print(('yes' if x else 'no') + '!')
z = 0 or 1 if 0 else 2
print(z)
print(1 if [] else 2 if {} else 3 if () else 4)
