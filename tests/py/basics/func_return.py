# return: implicit None, early returns, several values, return inside loops.
def nothing():
    pass

def bare():
    return

def pair():
    return 1, 2

def first_even(items):
    for x in items:
        if x % 2 == 0:
            return x
    return None

def depth(n):
    while True:
        if n <= 0:
            return 'bottom'
        n -= 1

print(nothing(), bare(), pair(), type(pair()).__name__)
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
print(depth(5))
a, b = pair()
print(a + b)
def nested(x):
    if x:
        if x > 1:
            return 'big'
        return 'one'
    return 'zero'
print(nested(0), nested(1), nested(2))
