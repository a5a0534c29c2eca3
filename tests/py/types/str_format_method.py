# str.format: automatic, numbered and named fields, indexing, conversions and specs.
print('{} and {}'.format('a', 'b'), '{1} then {0}'.format('x', 'y'), '{0}{0}'.format('ab'))
print('{name} is {age}'.format(name='Ann', age=30), '{0[1]} {1[k]}'.format([5, 6], {'k': 'v'}))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'), '{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'))
print('{:.3f} {:e} {:,} {:x} {:08.2f}'.format(3.14159, 12345.678, 1234567, 255, -3.5))
print('{{literal}} {}'.format(1), '{:{w}.{p}f}'.format(2.71828, w=10, p=3))
print('{0:*^9}'.format('mid'), '{:+d} {: d} {:-d}'.format(5, 5, 5))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    '{missing}'.format()
except KeyError as e:
    print('KeyError', e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print('ValueError', e)
print(format(3.5, '08.3f'), format(42, 'b'), format('s', '>3'), format(1e6, ',.1f'))
