# Strings cannot be changed in place; methods return new strings.
s = 'hello'
t = s
s += ' world'
print(s, '|', t)
u = t.upper()
print(t, u)
try:
    t[0] = 'j'
except TypeError as e:
    print('TypeError', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
print('j' + t[1:])
print(t.replace('l', 'L'), t)
print(t == t[:], hash(t) == hash('hel' + 'lo'))
