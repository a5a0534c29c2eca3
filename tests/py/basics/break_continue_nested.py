# break and continue affect only the innermost loop.
out = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        out.append((i, j))
print(out)

count = 0
i = 0
while i < 5:
    i += 1
    j = 0
    while True:
        j += 1
        if j == 3:
            break
        count += 1
    if i == 4:
        continue
    count += 100
print(count)

for word in ['apple', 'skip', 'banana', 'stop', 'cherry']:
    if word == 'skip':
        continue
    if word == 'stop':
        break
    print(word)

total = 0
for n in range(100):
    if n % 3:
        continue
    total += n
    if total > 200:
        break
print(n, total)
