# for/else and searching loops.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    else:
        pass
    return True

print([n for n in range(30) if is_prime(n)])

for x in []:
    print('never')
else:
    print('else after empty loop')

for x in 'abc':
    if x == 'z':
        break
else:
    print('no z found, last was', x)

for x in 'xyz':
    if x == 'y':
        print('found y')
        break
else:
    print('not printed')

for i in range(3):
    for j in range(3):
        if i == j == 1:
            break
    else:
        print('inner finished for i =', i)
        continue
    print('inner broke for i =', i)
