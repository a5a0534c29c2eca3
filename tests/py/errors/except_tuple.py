# except with a tuple of classes, and base classes catching subclasses.
errors = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, AttributeError]
for cls in errors:
    try:
        raise cls('x')
    except (KeyError, IndexError):
        print(cls.__name__, '-> lookup branch')
    except (ZeroDivisionError, ValueError) as e:
        print(cls.__name__, '-> arith/value branch', type(e).__name__)
    except Exception as e:
        print(cls.__name__, '-> generic branch')
classes = (TypeError, ValueError)
try:
    int('no')
except classes as e:
    print('tuple variable', type(e).__name__)
try:
    raise UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
except ValueError as e:
    print('ValueError catches', type(e).__name__)
try:
    raise KeyError(1)
except (IndexError, KeyError, TypeError) as e:
    print('three-class tuple', repr(e))
