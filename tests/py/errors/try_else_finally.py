# else runs only without an exception; finally always runs last.
def run(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError('boom')
        log.append('try end')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log

print(run(False))
print(run(True))

def no_except():
    try:
        print('body')
    finally:
        print('cleanup')
    print('after')

no_except()

def propagate():
    try:
        raise KeyError('k')
    finally:
        print('finally before propagating')

try:
    propagate()
except KeyError as e:
    print('caught', repr(e))
