# while/else: else runs when the condition becomes false, not after a break.
n = 0
while n < 3:
    print('loop', n)
    n += 1
else:
    print('else ran', n)

n = 0
while n < 10:
    if n == 2:
        print('break at', n)
        break
    n += 1
else:
    print('not printed')

n = 5
while n < 3:
    print('never')
else:
    print('else on zero iterations')

def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i

print(find([4, 5, 6], 6), find([4, 5, 6], 7), find([], 1))
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
