# f-strings: expressions, calls, indexing, quotes, nested f-strings, doubled braces.
name, n = 'Ann', 3
items = ['a', 'b']
d = {'k': 'v'}
print(f'{name} has {n} items: {items}')
print(f'{n + 1} {n * 2.5} {name.upper()} {len(items)} {items[0]} {d["k"]}')
print(f"{'nested ' + f'{n}'}", f'{{braces}} {{{n}}}', f'{n}{n}{n}')
print(f'{n if n > 2 else 0} {[x * 2 for x in range(n)]} {(lambda: "lam")()}')
print(f'''triple {name!r}''', f'{"dq"}', F'upper F {n}', rf'raw \n {n}', fr'{n}\t')
print(f'{3.0} {1e20} {None} {True} {-0.0} {10 ** 20}')
print(f'{name}' f' concat {n}' ' plain')
print(f'{d}', f'{(1, 2)}', f'{ {1: 2} }', f'{  n  }')
x = 10
print(f'{x:{n}}|', f'{"é日"}', f'{chr(0x1F600)}')
print(f'')
