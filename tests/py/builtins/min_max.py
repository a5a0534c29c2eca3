# min and max over iterables and over several arguments, with key and default.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min((4, 9, 2)), max('hello'), min('hello'))
print(max(1, 2.5), min(-1, -1.5), max([[1, 2], [1, 3]]), min(['b', 'ab']), max(range(10)))
print(max(['apple', 'kiwi', 'banana'], key=len), min(['apple', 'kiwi', 'fig'], key=len))
print(max([-3, 2, -5], key=abs), min([-3, 2, -5], key=abs), max('aBc', key=str.lower))
print(max([], default=None), min([], default='empty'), max([7], default=0))
print(max(1, 1.0), max(1.0, 1), min(0, False), max(True, 1))
print(max([(1, 'b'), (1, 'a')]), min({'x': 3, 'y': 1}), max({'x': 3, 'y': 1}.values()))
pairs = [('a', 3), ('b', 5), ('c', 5), ('d', 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(2 ** 100, 2 ** 99), min(-(2 ** 100), 5))
