# An exception raised inside an except clause escapes with status 1.
for i in range(3):
    try:
        print('iteration', i)
        if i == 2:
            raise KeyError(i)
    except KeyError:
        print('handling', i)
        raise ZeroDivisionError('from handler')
