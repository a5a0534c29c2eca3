# return in try still runs finally; return in finally overrides and swallows exceptions.
def a():
    try:
        return 'try'
    finally:
        print('finally of a')

def b():
    try:
        return 'try'
    finally:
        return 'finally'

def c():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the error'

def d():
    x = 1
    try:
        return x
    finally:
        x = 2

def e():
    for i in range(3):
        try:
            if i == 1:
                return 'returned at %d' % i
        finally:
            print('finally', i)

print(a())
print(b())
print(c())
print(d())
print(e())
