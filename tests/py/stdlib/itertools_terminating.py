# itertools: the iterators that end with their input (accumulate, chain, compress, dropwhile,
# takewhile, filterfalse, starmap, islice, pairwise, zip_longest, groupby).
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([], initial=5)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate('abc')))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], func=None, initial=None)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain()), list(it.chain.from_iterable(['ab', 'cd', ''])))
print(list(it.chain.from_iterable(x for x in [[1], [2, 3]])), type(it.chain.from_iterable([])).__name__)
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress(data=[1, 2, 3], selectors=[0, 1])))
print(list(it.compress('abc', it.repeat(True))), list(it.compress(it.count(), [0, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.dropwhile(bool, [])), list(it.takewhile(bool, [0, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a', None, []])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: a, ['ab', (1,), []])))
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None)))
print(list(it.islice('abcdefg', 0, None, 2)), list(it.islice('abcdefg', None)), list(it.islice('abc', 5, 10)))
print(list(it.islice(it.count(), 3, 20, 5)), list(it.islice('abc', 0)))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
print(list(it.pairwise('abcd')), list(it.pairwise([1])), list(it.pairwise([])))
print(list(it.zip_longest('abc', [1])), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
print(list(it.zip_longest([1, 2], fillvalue=0)), list(it.zip_longest('a', 'bc', [], fillvalue=None)))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
print([k for k, g in it.groupby('')], [k for k, g in it.groupby('aabbc')])
groups = it.groupby('aabbcc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, next(g2), next(groups)[0], list(g2))
for bad in [lambda: it.accumulate(1), lambda: list(it.accumulate([1, 'a'])), lambda: it.chain(x=1),
            lambda: list(it.chain(1)), lambda: it.compress([1]), lambda: it.dropwhile(1),
            lambda: it.takewhile(1, 2), lambda: list(it.dropwhile(None, [1])),
            lambda: it.islice([1, 2, 3], -1), lambda: it.islice([1], 'a'), lambda: it.islice([1], 1, 'a'),
            lambda: it.islice([1], -5, 2), lambda: it.islice([1], 0, 2, 0), lambda: it.islice([1]),
            lambda: it.islice([1], 1, 2, 3, 4), lambda: it.islice([1], stop=1), lambda: it.islice(1, 2),
            lambda: it.pairwise(1), lambda: it.zip_longest([1], 2), lambda: it.zip_longest([1], fill=2),
            lambda: it.groupby(1), lambda: it.groupby([1], 1, 2), lambda: list(it.starmap(pow, [1])),
            lambda: it.accumulate([1], 1, 2)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
