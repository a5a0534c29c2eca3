# IndentationError: expected an indented block.
print('ok')
def f():
return 1
