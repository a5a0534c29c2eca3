# copy, clear, pop, and membership on sets of strings (printed sorted: str hash varies).
words = {'pear', 'apple', 'fig'}
c = words.copy()
c.add('kiwi')
print(sorted(words), sorted(c), len(c))
popped = []
while c:
    popped.append(c.pop())
print(sorted(popped), c)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
c.clear()
print(c)
s = {0, 1, 2}
print(s.pop(), s)
print('apple' in words, 'APPLE' in words, 'APPLE'.lower() in words)
letters = set('hello world')
print(sorted(letters), len(letters), ' ' in letters)
