# raise ... from sets __cause__; from None suppresses the context.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('bad input: ' + s) from e

try:
    convert('xyz')
except TypeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__ is e.__context__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('replaced') from None
except KeyError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

cause = OSError('the cause')
try:
    raise RuntimeError('effect') from cause
except RuntimeError as e:
    print(e.__cause__ is cause, e.__context__)
try:
    raise ValueError from IndexError
except ValueError as e:
    print(type(e.__cause__).__name__, e.args)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError', e)
