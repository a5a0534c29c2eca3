# Powers of big integers and three-digit tails; repr of negative huge numbers.
print(2 ** 100)
print(2 ** 200 - 1)
print(3 ** 100)
print(-(7 ** 50))
print((-3) ** 41)
print(10 ** 50 + 1)
print((2 ** 64) ** 2 == 2 ** 128)
print(2 ** 1000 % 1000, 3 ** 500 % 999)
print(len(str(2 ** 10000)), str(2 ** 10000)[-10:])
big = 123456789 ** 7
print(big, big // 123456789 ** 6)
print(2 ** -2, 10 ** -3)
print((10 ** 20) ** 0, 0 ** 0)
