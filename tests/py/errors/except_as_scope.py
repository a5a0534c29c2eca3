# The name bound by 'except ... as e' is deleted when the handler ends.
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    print('inside', repr(e))
try:
    print(e)
except NameError as err:
    print('NameError', err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return type(saved).__name__, saved.args

print(f())
try:
    raise KeyError('k')
except KeyError as exc:
    msg = str(exc)
print(msg)
