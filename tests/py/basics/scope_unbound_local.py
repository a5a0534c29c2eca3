# A name assigned anywhere in a function is local throughout it.
x = 'global'

def reads_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    x = 'local'
    return x

print(reads_then_assigns())
print(issubclass(UnboundLocalError, NameError))

def conditional(flag):
    if flag:
        y = 1
    return y

print(conditional(True))
try:
    conditional(False)
except NameError as e:
    print(type(e).__name__, e)

def del_then_use():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError:
        return 'unbound after del'

print(del_then_use())
print(x)
