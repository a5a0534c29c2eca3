# Nested replacement fields inside format specs.
width, prec = 10, 3
value = 3.14159265
print(f'[{value:{width}.{prec}f}]')
print(f'[{value:>{width}}]')
print(f'[{"x":{"*"}^{width}}]')
for w in range(1, 6):
    print(f'[{w:{w}}] [{"ab":>{w}}] [{value:.{w}f}]')
align = '<'
print(f'[{"left":{align}8}] [{42:{"0"}{8}d}]')
fmt = '.2e'
print(f'{value:{fmt}} {12345:{","}}')
print('[{:{}.{}f}]'.format(value, 9, 2))
