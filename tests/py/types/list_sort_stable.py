# Sorting is stable, also with reverse=True (equal keys keep their order).
records = [('ann', 3), ('bob', 1), ('cy', 3), ('di', 2), ('ed', 1), ('fay', 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
by_score = sorted(by_name, key=lambda r: -r[1])
print(by_score)
data = [(i % 5, i) for i in range(30)]
ordered = sorted(data, key=lambda p: p[0])
print(ordered[:8])
ok = True
for x, y in zip(ordered, ordered[1:]):
    if x[0] == y[0] and x[1] > y[1]:
        ok = False
print('stable', ok)
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([3, 1, 2], key=key), len(calls))
