# range: repr, length, indexing, iteration, equality, membership; slicing a range gives a range.
r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(5, 0, -1), range(0))
print(len(r), len(range(2, 5)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(5, 0)))
print(r[0], r[-1], r[3], range(0, 10, 3)[-1], range(10, 0, -3)[2])
print(list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(-5, -1)), list(range(3, 3)))
print(3 in r, 10 in r, -1 in r, 6 in range(0, 10, 3), 7 in range(0, 10, 3), 3.0 in r)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2))
print(range(1, 10).index(5), range(0, 20, 5).count(10), r.start, r.stop, r.step)
for i in [10, -11]:
    try:
        r[i]
    except IndexError as e:
        print('IndexError', e)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], range(0, 10 ** 20, 3)[-1])
print(sum(range(101)), list(range(2, -8, -3)))
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], r[-3:], r[100:], r[:-100], r[1::-1])
print(list(r[2:5]), list(r[::-2]), range(10)[3:8:2], range(10, 0, -1)[::2])
print(range(5)[:] == range(5), len(range(10)[::-1]))
