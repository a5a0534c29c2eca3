# Default parameter values, keyword arguments and evaluation time of defaults.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct

print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(punct='.', name='Di', greeting='Yo'))

n = 10
def show(x=n):
    return x
n = 20
print(show(), show(5))

def order(a, b=2, *, c=3):
    return (a, b, c)
print(order(1), order(1, c=9), order(1, 5))
print(greet.__defaults__)
print(order.__kwdefaults__)
def none_default(x=None):
    return 'none' if x is None else x
print(none_default(), none_default(0))
