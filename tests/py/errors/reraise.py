# A bare raise re-raises the exception being handled, unchanged.
def inner():
    raise ValueError('original')

try:
    try:
        inner()
    except ValueError as e:
        print('handling', e)
        raise
except ValueError as e:
    print('re-raised', e, e.args)

def handler_calls_function():
    try:
        raise KeyError('first')
    except KeyError:
        cleanup()
        raise

def cleanup():
    try:
        raise IndexError('inside cleanup')
    except IndexError:
        pass

try:
    handler_calls_function()
except KeyError as e:
    print('still the KeyError', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
err = TypeError('kept')
try:
    raise err
except TypeError as e:
    print(e is err)
