# What is true and what is false.
values = [0, 1, -1, 0.0, -0.0, 0.5, float('nan'), '', ' ', '0', b'', b'\x00', [], [[]],
          (), (0,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1), 10 ** 100]
for v in values:
    r = 'true' if v else 'false'
    print(repr(v), r, bool(v))
count = 0
for v in values:
    if not v:
        count += 1
print('falsy', count)
n = 3
while n:
    n -= 1
print('n', n)
