# for over ranges with steps, strings, tuples, dicts and nested sequences.
for i in range(3):
    print('a', i)
for i in range(2, 11, 3):
    print('b', i)
for i in range(10, 0, -4):
    print('c', i)
for i in range(5, 5):
    print('never')
for ch in 'héllo':
    print(ch, end=' ')
print()
for k in {'x': 1, 'y': 2, 'z': 3}:
    print(k, end='')
print()
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (a, b) in enumerate(zip('ab', 'cd')):
    print(i, a, b)
for x in (1, 'two', 3.0, None):
    print(type(x).__name__)
s = 0
for i in range(-3, 4):
    s += i * i
print(s)
