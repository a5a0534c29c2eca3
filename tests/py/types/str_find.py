# find / rfind / index / rindex / count / startswith / endswith.
s = 'hello world, hello python'
print(s.find('hello'), s.rfind('hello'), s.find('xyz'), s.find('o', 5), s.find('o', 5, 7))
print(s.index('world'), s.rindex('o'), s.count('hello'), s.count('l'), s.count(''))
print(s.find(''), s.rfind(''), s.find('', 100), 'aaaa'.count('aa'))
print(s.startswith('hello'), s.startswith('world', 6), s.endswith('python'), s.endswith('hello', 0, 5))
print(s.startswith(('x', 'he')), s.endswith(('on', 'zz')), s.startswith(''))
for bad in ['zzz']:
    try:
        s.index(bad)
    except ValueError as e:
        print('ValueError', e)
    try:
        s.rindex(bad)
    except ValueError as e:
        print('ValueError', e)
print('ab' * 3 + 'a', ('ab' * 3 + 'a').count('aba'), 'abcabc'.find('c', -2))
print('日本語日本'.find('本'), '日本語日本'.rfind('本'), '😀x😀'.count('😀'))
