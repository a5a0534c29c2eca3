# A failing assert at module level exits with status 1.
x = 3
assert x == 3, 'fine'
print('first assert passed')
assert x == 4, 'x should be 4'
print('not reached')
