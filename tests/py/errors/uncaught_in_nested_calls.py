# An exception escaping several frames runs every finally on the way and exits with status 1.
def a():
    try:
        b()
    finally:
        print('finally in a')

def b():
    try:
        c()
    finally:
        print('finally in b')

def c():
    print('in c')
    raise RuntimeError('escapes')

print('start')
a()
print('not reached')
