# .exp: CPython 3.11 (the oracle) has no itertools.batched (3.12) or its strict flag (3.13), and
# words count()'s keyword error differently; the expected output comes from CPython 3.13.
import itertools as it

print(list(it.batched('abcdefg', 3)), list(it.batched('', 2)), list(it.batched(range(4), 2)))
print(list(it.batched('abcdef', n=2)), list(it.batched('abc', 5)), list(it.batched('abcdef', 3, strict=True)))
b = it.batched('abcde', 2, strict=True)
print(next(b), next(b))
try:
    next(b)
except ValueError as e:
    print(e)
print(list(b))
for bad in [lambda: it.batched('abc', 0), lambda: it.batched('abc'), lambda: it.batched(1, 2),
            lambda: it.batched('ab', 'x'), lambda: it.count(x=1), lambda: it.product([1], foo=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(it.batched('a', 1)).__name__, it.batched.__module__)
