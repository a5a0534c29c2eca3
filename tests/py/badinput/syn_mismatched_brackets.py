# SyntaxError: brackets closed by the wrong kind.
print('ok')
x = [1, (2, 3], 4)
