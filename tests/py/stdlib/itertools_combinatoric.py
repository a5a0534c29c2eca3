# itertools: product, permutations, combinations and combinations_with_replacement, in CPython's
# order, with their counts and errors.
import itertools as it
import math

print(list(it.product('ab', [1, 2])), list(it.product('ab', repeat=2)), list(it.product()))
print(list(it.product('ab', [])), list(it.product(range(2), repeat=0)), len(list(it.product(range(3), repeat=4))))
print(list(it.permutations('abc')), list(it.permutations(range(3), 2)), list(it.permutations('ab', 0)))
print(list(it.permutations('abc', 5)), list(it.permutations([])), list(it.permutations('ab', None)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)))
print(list(it.combinations('abc', 0)), list(it.combinations([], 0)), list(it.combinations([], 1)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('ab', 3)))
print(list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 2)))
for n in range(6):
    for r in range(7):
        assert len(list(it.permutations(range(n), r))) == (math.perm(n, r) if r <= n else 0)
        assert len(list(it.combinations(range(n), r))) == math.comb(n, r)
        assert len(list(it.combinations_with_replacement(range(n), r))) == (
            math.comb(n + r - 1, r) if n else int(r == 0))
print('counts ok')
p = it.product('ab', 'cd')
print(next(p), next(p), list(p), list(p))
for bad in [lambda: it.product(1), lambda: it.product([1], repeat=-1),
            lambda: it.permutations('abc', -1), lambda: it.permutations('abc', 'a'),
            lambda: it.combinations('abc'), lambda: it.combinations('abc', -1),
            lambda: it.combinations('abc', 1.5), lambda: it.combinations_with_replacement('abc', -1),
            lambda: it.combinations_with_replacement(5, 1), lambda: it.permutations(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
