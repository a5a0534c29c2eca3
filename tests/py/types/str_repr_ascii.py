# repr of strings: quote choice and escapes of ASCII control characters.
cases = ['plain', "it's", 'say "hi"', 'both \' and "', '', 'back\\slash', 'tab\there',
         'new\nline', 'cr\rlf', '\x00\x01\x1f', '\x7f', ' ', "'", '"', '\'"', 'a\x08b', '\\n']
for s in cases:
    print(repr(s), len(repr(s)))
print(repr('\a\b\f\v'), str('\\x41'), repr('\x41'))
print([repr(c) for c in 'a\tb'])
print(repr(['x', "y'z", 'q"']))
print(repr(('a\\', '\n')), repr({'k\n': "v'"}))
