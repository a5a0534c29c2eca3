# operator: the function forms of the operators, itemgetter/attrgetter/methodcaller, and errors.
import operator as op


def attempt(f, *args, **kwargs):
    try:
        print(getattr(f, '__name__', f), args, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(getattr(f, '__name__', f), args, type(e).__name__, e)


for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_',
             'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not']:
    print(name, getattr(op, name)(7, 3), getattr(op, '__%s__' % name.strip('_'), None) is getattr(op, name))
print(op.neg(5), op.pos(-5), op.abs(-5), op.inv(5), op.invert(5), op.not_([]), op.truth('x'), op.index(7))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.getitem('abcdef', slice(1, 3)))
print(op.iadd([1], [2]), op.iadd(1, 2), op.imul([1], 2), op.isub(5, 2), op.itruediv(1, 2), op.ifloordiv(7, 2))
print(op.imod(7, 2), op.ipow(2, 5), op.ilshift(1, 4), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 1), op.ixor(6, 3))
print(op.length_hint('abc'), op.length_hint(5), op.length_hint(5, 7), op.call(pow, 2, 3), op.call(dict, a=1))
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.itemgetter('k')({'k': 'v'}))
print(op.attrgetter('real')(3 + 4j), op.attrgetter('real', 'imag')(3 + 4j), op.attrgetter('__class__.__name__')(1))
print(op.methodcaller('split', ',')('a,b'), op.methodcaller('split', sep=',', maxsplit=1)('a,b,c'))
print(repr(op.itemgetter(1)), repr(op.itemgetter(1, 'a')), repr(op.attrgetter('a.b')), repr(op.attrgetter('a', 'b')))
print(repr(op.methodcaller('f', 1, k=2)), repr(op.methodcaller('g')))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(1)), sorted(['bb', 'a'], key=op.methodcaller('__len__')))
for f, args in [(op.add, (1,)), (op.add, (1, 2, 3)), (op.add, (1, 'a')), (op.concat, (1, 2)),
                (op.concat, ([1], (2,))), (op.iconcat, (1, 2)), (op.indexOf, ([1, 2], 3)),
                (op.length_hint, (5, 'a')), (op.itemgetter, ()), (op.attrgetter, ()), (op.attrgetter, (1,)),
                (op.methodcaller, ()), (op.methodcaller, (1,)), (op.itemgetter(1), ([1],)),
                (op.attrgetter('x'), (1,)), (op.neg, ('a',)), (op.index, (3.5,)), (op.lt, (1, 'a')),
                (op.itemgetter(1), (5,)), (op.methodcaller('nope'), (1,)), (op.matmul, (1, 2)),
                (op.call, ()), (op.truediv, (1, 0))]:
    attempt(f, *args)
attempt(op.add, x=1, y=2)
print(op.itemgetter.__name__, op.attrgetter.__module__, op.__name__)
