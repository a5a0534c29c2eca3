# collections.namedtuple: fields, defaults, _make/_replace/_asdict, repr, validation errors.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point.__name__, Point.__doc__, Point._make([3, 4]), p._replace(x=9), p._asdict())
print(Point.x.__doc__, Point.__match_args__, hash(p) == hash((1, 2)), Point(**{'x': 5, 'y': 6}))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5)]), p.__getnewargs__())
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'abc def _x abc', rename=True)
print(R._fields)
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
Single = namedtuple('Single', 'only')
print(Single(5), Single._make([1]))
C = namedtuple('C', 'a, b   c')
print(C(1, 2, 3))
for bad in [lambda: namedtuple('1a', 'x'), lambda: namedtuple('P', 'def'), lambda: namedtuple('P', '_a'),
            lambda: namedtuple('P', 'a a'), lambda: namedtuple('P', 'a', defaults=[1, 2]),
            lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]),
            lambda: namedtuple('P', 'a b-c'), lambda: setattr(p, 'x', 5)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)


class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2


print(Sub(3, 4).norm(), Sub(3, 4), Sub._fields)
