# A small program: Collatz sequence lengths with a while loop and a cache dict.
cache = {1: 1}

def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps = cache[n]
    for m in reversed_list(path):
        steps += 1
        cache[m] = steps
    return steps

def reversed_list(items):
    return items[::-1]

best = max(range(1, 3000), key=length)
print(best, length(best))
print([length(n) for n in range(1, 20)])
print(len(cache) > 3000)
