# SyntaxError: compound statement without its colon.
print('ok')
if True
    print('no colon')
