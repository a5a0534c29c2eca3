# list(), tuple(), dict(), set() constructors from various iterables.
print(list(), list('abc'), list((1, 2)), list({'a': 1, 'b': 2}), list(range(3)), list({3: 0}.items()))
print(tuple(), tuple('ab'), tuple([1, [2]]), tuple(range(2, 5)), tuple({'x': 1}.values()))
print(dict(), dict(a=1), dict([('k', 'v')]), dict({'a': 1}, b=2), dict(zip('ab', [1, 2])))
print(set(), set('hello') == {'h', 'e', 'l', 'o'}, set([1, 2, 2, 3]), set(range(4)), set({5: 6}))
orig = [1, 2]
copy = list(orig)
copy.append(3)
print(orig, copy, copy is orig)
t = (1, 2)
print(tuple(t) == t)
print(list(iter([9, 8])), list(enumerate('ab')), list(zip([1], [2])))
print(sorted(set('banana')), list(dict.fromkeys('banana')))
