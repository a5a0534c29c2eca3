# collections.Counter: counting, most_common, elements, arithmetic and comparisons.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common(), c.total(), sorted(c.elements()))
print(Counter(), Counter({'a': 3, 'b': -1}), Counter(a=2, b=1), Counter(['x', 'y', 'x']))
c.update('aaz')
c.update({'q': 5})
c.subtract('abc')
print(c)
del c['zz']
del c['q']
print(c, 'q' in c)
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-2)
print(a + b, a - b, a | b, a & b, +b, -b)
x = Counter(a=3)
x += Counter(a=-1, b=2)
print(x)
x -= Counter(b=5)
print(x)
x |= Counter(a=5, z=1)
print(x)
x &= Counter(a=4)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1))
print(Counter(a=2) > Counter(a=1), Counter(a=1) >= Counter(), Counter(a=1) != Counter(a=2))
print(Counter('hello').most_common(1), Counter([1, 2, 2, 3, 3, 3]).most_common(2), c.copy() == c)
print(Counter({'x': 1.5, 'y': 0.5}).total(), dict(Counter('aab')), list(Counter('cab')))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
print(Counter('aab') == {'a': 2, 'b': 1}, repr(Counter(x=1)), type(Counter() + Counter()).__name__)
