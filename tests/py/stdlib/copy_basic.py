# copy: shallow and deep copies of containers and class instances, __copy__/__deepcopy__, memo,
# cycles.
import copy

data = {'a': [1, [2, 3]], 'b': (4, [5])}
shallow, deep = copy.copy(data), copy.deepcopy(data)
data['a'][1].append(99)
print(shallow, deep, shallow['a'] is data['a'], deep['a'] is data['a'])
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is not cyc)
print(copy.copy(5), copy.copy('s'), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])))


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return f'Point({self.x}, {self.tags})'


p = Point(1, ['a'])
p1, p2 = copy.copy(p), copy.deepcopy(p)
p.tags.append('b')
print(p1, p2, p1.tags is p.tags, type(p2).__name__)


class Slotted:
    __slots__ = ('a', 'b')


s = Slotted()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, 'b'))


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom('copied ' + self.v)

    def __deepcopy__(self, memo):
        return Custom('deep ' + self.v)


print(copy.copy(Custom('x')).v, copy.deepcopy(Custom('y')).v, copy.deepcopy([Custom('z')])[0].v)


class State:
    def __init__(self):
        self.items = [1]

    def __getstate__(self):
        return {'items': self.items, 'extra': 'from getstate'}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


st = copy.deepcopy(State())
print(st.items, st.extra, st.restored)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)
