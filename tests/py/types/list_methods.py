# append, extend, insert, pop, remove, index, count, reverse, copy, clear.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend('ab'); print(a)
a.insert(0, 'start'); a.insert(100, 'end'); a.insert(-1, 'before end'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(1), a.index(5), a.count(1), a.count('zz'), a.index(4, 1), a.index(9, 0, 100))
a.reverse(); print(a)
b = a.copy(); b.append('only b'); print(a, b)
a.clear(); print(a, len(a))
c = [1]
c.extend(c); print(c)
c += c; print(c)
c.insert(-100, 0); print(c)
d = []
d.append(d)
print(d, len(d))
print(a.append(1), a.extend([]), a.insert(0, 0), a.reverse(), a.clear())
