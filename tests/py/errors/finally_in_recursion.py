# finally blocks still run while a RecursionError unwinds, and the interpreter recovers.
unwound = [0]

def dive(n):
    try:
        return dive(n + 1)
    finally:
        unwound[0] += 1

try:
    dive(0)
except RecursionError:
    print('caught', unwound[0] > 50)
print([x * 2 for x in range(5)])
def nest(n):
    if n == 0:
        return 'bottom'
    return nest(n - 1)
print(nest(300))
