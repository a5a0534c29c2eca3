# Indexing and length count code points, not bytes, for any script.
s = 'héllo wörld'
print(len(s), s[1], s[-4], s[7])
jp = '日本語のテキスト'
print(len(jp), jp[0], jp[-1], jp[2:5], jp[::-1])
emoji = 'a😀b🎉c'
print(len(emoji), emoji[1], emoji[3], emoji[-1], emoji[1:4])
mixed = 'ÅΩж中😀'
for i in range(len(mixed)):
    print(i, mixed[i], ord(mixed[i]))
print(mixed[-1] == '\U0001F600', mixed.find('中'), mixed.index('😀'))
print('ñ' * 3, len('ñ' * 3), 'ñandú'.upper(), 'ÉCOLE'.lower())
print([c for c in 'zß€'])
print('€' in 'price: 5€', 'price: 5€'.count('€'), 'x€y€z'.split('€'))
