# Exceptions propagate outward through nested try blocks and function calls.
def level3():
    try:
        raise IndexError('deep')
    finally:
        print('level3 finally')

def level2():
    try:
        level3()
    except KeyError:
        print('level2 wrong handler')
    finally:
        print('level2 finally')

def level1():
    try:
        level2()
    except IndexError as e:
        print('level1 caught', e)
        return 'recovered'

print(level1())
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print('inner handles, raises new')
            raise ValueError('from handler')
    except ValueError as e:
        print('middle caught', e)
        raise
except ValueError as e:
    print('outer caught', e)
