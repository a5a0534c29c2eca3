# IndentationError: a dedent to a column that was never an indentation level, deep inside.
print('must not be printed')
for a in range(2):
    for b in range(2):
        for c in range(2):
            if a:
                pass
          print('bad')
