# str slicing: defaults, negatives, out-of-range bounds and steps.
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1])
print(repr(s[2:8:-1]), s[::-1][::-1] == s, s[:5] + s[5:] == s)
print(s[None:4], s[4:None], s[::None])
print('héllo'[1:3], '日本語'[1:], 'a😀b'[1:2])
print(s[1:9:3], s[9:0:-3], s[-2::-4])
t = s[:]
print(t == s)
print(len(s[3:7]), s[3:7] * 2)
print(s[2:-2:2], s[-2:2:-2])
