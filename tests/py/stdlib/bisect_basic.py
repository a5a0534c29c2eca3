# bisect: search and insertion positions in sorted lists, with lo/hi bounds and key=.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4))
s = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 4)
bisect.insort_right(s, 4, 0, 2)
print(s)
recs = [('a', 1), ('b', 3), ('c', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 5), key=lambda r: r[1])
print(recs)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
try:
    bisect.bisect([1, 'a'], 2)
except TypeError as e:
    print(e)
