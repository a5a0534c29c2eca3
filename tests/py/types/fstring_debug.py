# The = specifier prints the expression text, then the repr (or the formatted value).
x, name = 42, 'Ann'
print(f'{x=}', f'{name=}', f'{x = }', f'{x=:>5}', f'{name=!s}', f'{x * 2=}')
print(f'{x=!r:>6}|', f'{3.5=:.2f}', f'{[1, 2]=}', f'{len(name)=}')
items = {'a': 1}
print(f'{items["a"]=}', f'{x>1=}', f'{name.upper()=}')
print(f'{None=}', f'{ x =}', f'{x=}{x=}')
