# repr() and str() differ for strings; equal for most other built-ins.
values = ['text', "it's", 1, -1.5, None, True, [1, 'a'], ('t',), {'k': 'v'}, {1}, b'b', 'é\n']
for v in values:
    print(repr(v), str(v), repr(v) == str(v))
print(repr(repr('x')), str(str('x')), repr(str(5)), str(repr(5)))
print(repr(1e16), str(1e16), repr(0.1), str(0.1))
print(repr(range(1, 5, 2)), repr(slice(None)), repr(frozenset()), repr(set()))
print(str(), repr(''), str(''), repr(""))
