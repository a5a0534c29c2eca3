# IndentationError: unindent does not match any outer indentation level.
print('ok')
if True:
        x = 1
    y = 2
