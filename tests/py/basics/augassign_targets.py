# Augmented assignment to subscripts and attributes evaluates the target once;
# += on a list extends it in place, so every alias sees the change.
def key(k):
    print('key', k)
    return k

d = {'a': 1}
d[key('a')] += 10
print(d)
lst = [1, 2, 3]
lst[key(0)] *= 7
print(lst)
m = [[0, 0], [0, 0]]
m[1][key(1)] -= 5
print(m)
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
s = [10]
s[-1] //= 3
print(s)
