# printf-style formatting with %.
print('%d %s %r' % (42, 'str', 'repr'), '%5d|%-5d|%05d' % (1, 2, 3))
print('%.2f %10.3f %-8.1f| %e %g %g' % (3.14159, 2.5, -1.25, 12345.678, 0.0001, 1e-5))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8), '%c%c' % (65, 'b'))
print('%s' % [1, 2], '%s' % (('tuple',),), '%%' % (), '100%%' % ())
print('%(name)s is %(age)d' % {'name': 'Bo', 'age': 7})
print('%+d % d %i' % (3, 3, -3), '%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 1.23456))
print('%s %s' % ('a', None), '%r' % 'it\'s', '%a' % 'é', '%5s|%-5s|' % ('ab', 'cd'))
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    '%s %s' % ('only one',)
except TypeError as e:
    print('TypeError', e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print('TypeError', e)
