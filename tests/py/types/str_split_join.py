# split / rsplit / join.
s = '  the quick  brown\tfox\njumps  '
print(s.split())
print(s.split(' '))
print('a,b,,c,'.split(','))
print('a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), 'a b c d'.split(None, 2))
print('a b c d'.rsplit(None, 2), '  a  b  '.rsplit(), ''.split(), ''.split(','))
print('a::b::c'.split('::'), 'abc'.split('abc'), 'aaa'.split('a'))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '/'.join(['only']))
print(' '.join([str(i) for i in range(5)]))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError', e)
print('1 2 3'.split(maxsplit=1), 'x-y-z'.split(sep='-', maxsplit=-1))
