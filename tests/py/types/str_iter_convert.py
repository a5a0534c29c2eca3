# Iterating strings and converting to/from other types.
s = 'héllo'
print(list(s), tuple(s), set('aab') == {'a', 'b'})
print([c * 2 for c in s])
print(str(123), str(-4.5), str([1, 'a']), str((1,)), str({'k': 'v'}), str(None), str(True))
print(str(b'abc'), str(''), str('x'))
print(list(map_list := [ord(c) for c in 'AZaz09']))
print(''.join([chr(c) for c in [72, 105, 33]]))
print(str(10 ** 30), str(1e30), str(0.5), str(-0.0))
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
print(sorted('python'), 'python'[::-1], ''.join(sorted('python')))
