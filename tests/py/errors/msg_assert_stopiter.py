# AssertionError and StopIteration details.
try:
    assert 2 + 2 == 5, 'math is broken: %d' % (2 + 2)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert None
except AssertionError as e:
    print(repr(e), str(e) == '')
it = iter(())
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
e = StopIteration('done', 2)
print(e.value, e.args)
