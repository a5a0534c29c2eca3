# lambda: expressions as functions, with defaults, varargs and immediate calls.
sq = lambda x: x * x
print(sq(7))
print((lambda: 'no args')())
print((lambda a, b=2: a + b)(1), (lambda a, b=2: a + b)(1, 5))
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda a, *, b: a - b)(10, b=3))
add = lambda a: lambda b: a + b
print(add(3)(4))
print(list(map_like := [(lambda v: v + 1)(n) for n in range(3)]))
cond = lambda n: 'even' if n % 2 == 0 else 'odd'
print([cond(i) for i in range(4)])
print((lambda x: (lambda y: x * y))(6)(7))
print(type(sq).__name__, sq.__name__)
