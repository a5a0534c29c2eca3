# Errors raised by str methods and str operations.
tries = [lambda: 'abc'.index('z'), lambda: 'abc'.rindex('z'), lambda: 'a'.split(''),
         lambda: 'x'.join([1]), lambda: 'abc'.center(5, 'xy'), lambda: 'a'.startswith(1),
         lambda: 'a' + None, lambda: 'a'.replace(1, 'b'), lambda: '{0}'.format(),
         lambda: 'x'.encode('no-such-codec'), lambda: 'a'.zfill('5'), lambda: 'abc'.partition('')]
for t in tries:
    try:
        t()
    except (ValueError, TypeError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
