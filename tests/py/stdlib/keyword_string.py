# keyword and string: the keyword lists, the string constants, capwords, Template and Formatter.
import keyword
import string

print(keyword.kwlist, len(keyword.kwlist))
print(keyword.iskeyword('def'), keyword.iskeyword('match'), keyword.issoftkeyword('match'),
      keyword.issoftkeyword('case'), keyword.issoftkeyword('_'), keyword.issoftkeyword('if'))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(repr(string.printable), len(string.printable))
print(string.capwords(' hello   world  '), string.capwords('a-b-c', '-'), string.capwords(''))
T = string.Template
t = T('$who likes ${what}; $$5 costs $$')
print(t.substitute(who='tim', what='kung pao'), t.get_identifiers(), t.is_valid(), t.template)
print(T('$a $b').safe_substitute(a=1), T('${a} $').safe_substitute({'a': 2}), T('x $ y').is_valid())
print(T('$a$b').substitute({'a': 1}, b=2), T('$a').substitute({'a': 1}, a=3), T('${x}y').substitute(x='-'))
for s in ['$', 'abc\n de$ f', '${a', '$1', 'x${}y']:
    try:
        T(s).substitute(a=1)
    except ValueError as e:
        print(e)
try:
    T('$missing').substitute({})
except KeyError as e:
    print('KeyError', e)


class Percent(T):
    delimiter = '%'


print(Percent('%who says %%hi').substitute(who='ann'))
f = string.Formatter()
print(f.format('{0} {x!r} {y[1]} {z.real:>5}', 'a', x='q', y=[1, 2], z=3 + 4j))
print(f.format('{}{}', 1, 2), f.format('{:{w}}|', 'ab', w=5), f.format('{0[a]}', {'a': 'A'}))
print(list(f.parse('a{0!r:>3}b{{c}}')), list(f.parse('{}')), list(f.parse('plain')))
for bad in ['{0}{}', '{}{0}', '{', '}', '{0!x}']:
    try:
        f.format(bad, 1, 2)
    except ValueError as e:
        print(e)
