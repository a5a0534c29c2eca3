# Big integers: factorials, their digit sums and exact division back down.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = fact(100)
print(f100)
print(len(str(f100)), sum([int(c) for c in str(f100)]))
print(fact(500) // fact(498) == 500 * 499)
f = fact(300)
n = 0
while f % 10 == 0:
    f //= 10
    n += 1
print('trailing zeros', n)
print(fact(25) - fact(24) * 25, -fact(30))
print(fact(50) % 1000000007)
print(str(fact(200))[:30])
