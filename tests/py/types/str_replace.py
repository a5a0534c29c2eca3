# replace with counts, empty patterns and non-ASCII text.
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0))
print(s.replace('zzz', 'x'), s.replace(' ', ''), 'aaa'.replace('a', 'aa'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('héllo'.replace('é', 'e'), '日本日本'.replace('本', 'x', 1))
print('a.b.c'.replace('.', '', -1), 'ab'.replace('ab', ''))
print('mississippi'.replace('ss', 'SS').replace('i', '!'))
