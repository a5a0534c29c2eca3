# assert raises AssertionError, with the optional message as its argument.
assert True
assert 1 == 1, 'not raised'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print(e.args)
def msg():
    print('message evaluated')
    return 'm'
assert 1, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
print(isinstance(AssertionError(), Exception))
