# Helper module for the import tests (not a test itself: the runner skips mod_*.py).
print('mod_helper_basic: executing module body')
VALUE = 42
_private = 'hidden'
items = [1, 2, 3]

def greet(name):
    return 'hello ' + name

def get_value():
    return VALUE

def bump():
    global VALUE
    VALUE += 1
    return VALUE
