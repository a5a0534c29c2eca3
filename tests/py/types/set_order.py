# Set layout follows CPython's table (probing, dummy reuse, resize, constant displays), so sets
# print in CPython's order after adds, deletes, pops and the set algebra.
s={1,6,7,2}; print(s); s.discard(1); s.discard(6); s.discard(7); s.add(9); s.add(3); print(s)
s={1,6,7,2}; s.discard(1); s.discard(7); s.add(9); print(s)
print(set(range(100)) - set(range(0,100,3)))
a=set(range(20)); b={x*7%23 for x in range(30)}
print(a^b, a&b, a|b, b-a, a.symmetric_difference(range(5,40)), b.union([99,-3]))
s=set(); 
for i in range(50): s.add(i*31%64)
for i in range(0,50,2): s.discard(i*31%64)
for i in range(100,120): s.add(i)
print(s, s.pop(), s.pop(), s)
print(hash(frozenset()), hash(frozenset({1,2,3})), hash(frozenset(range(100))))
print(frozenset({1,2,3}) == {3,2,1}, {frozenset({1}), frozenset({2})})
print({(1,2),(3,4),(5,6)}, {1.5,2.5,-7.25}, {True, 0, 2.0})
