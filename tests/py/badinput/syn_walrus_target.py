# SyntaxError: cannot use an assignment expression with a subscript target.
print('must not be printed')
x = [0]
if (x[0] := 5):
    pass
