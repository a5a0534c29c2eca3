# IndentationError: unexpected indent.
print('ok')
    print('indented for no reason')
