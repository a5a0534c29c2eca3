# raise accepts a class (instantiated with no args) or an instance; anything else is a TypeError.
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError('with arg')
except ValueError as e:
    print(e)
for bad in [5, 'string', None, int]:
    try:
        raise bad
    except TypeError as e:
        print('TypeError', e)
def make():
    return KeyError('made by a call')
try:
    raise make()
except KeyError as e:
    print(e)
errors = [IndexError, TypeError]
try:
    raise errors[1]('chosen at runtime')
except TypeError as e:
    print(e)
