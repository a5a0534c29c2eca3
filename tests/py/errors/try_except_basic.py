# try/except catches matching exceptions; the first matching clause wins.
def risky(kind):
    if kind == 'zero':
        return 1 // 0
    if kind == 'index':
        return [][0]
    if kind == 'key':
        return {}['k']
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('x')
    return 'fine'

for kind in ['zero', 'index', 'key', 'type', 'value', 'none']:
    try:
        result = risky(kind)
        print(kind, 'returned', result)
    except ZeroDivisionError:
        print(kind, 'caught ZeroDivisionError')
    except IndexError:
        print(kind, 'caught IndexError')
    except LookupError:
        print(kind, 'caught LookupError')
    except (TypeError, ValueError) as e:
        print(kind, 'caught', type(e).__name__)
try:
    try:
        {}['x']
    except IndexError:
        print('not here')
except KeyError:
    print('outer caught KeyError')
print('end')
