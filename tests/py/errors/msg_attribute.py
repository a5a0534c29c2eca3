# AttributeError messages for missing attributes and methods on built-in objects.
for obj, attr in [(1, 'foo'), ('s', 'append'), ([], 'push'), ({}, 'has_key'), (None, 'x'),
                  ((1,), 'sort'), (1.5, 'real_part'), (b'', 'encode')]:
    try:
        getattr_like = getattr(obj, attr)
    except AttributeError as e:
        print(e)
try:
    [].no_such_method()
except AttributeError as e:
    print(e)
try:
    (5).bit_length = 1
except AttributeError as e:
    print(type(e).__name__)
import sys
try:
    sys.no_such_thing
except AttributeError as e:
    print(e)
