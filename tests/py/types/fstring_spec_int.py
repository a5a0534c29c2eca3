# Integer presentation types: d b o x X c n, with #, grouping and signs.
for v in [0, 7, 255, -255, 65535, 2 ** 40, -(2 ** 70)]:
    print(f'{v:d} {v:b} {v:o} {v:x} {v:X} {v:#b} {v:#o} {v:#x} {v:#X}')
print(f'{1234567:,} {1234567:_} {-1234567:,} {1234567890:_x} {255:_b}')
print(f'{65:c}{0x263a:c} {10:>+5} {10:<+5}| {10:#08x} {-10:#08x}')
print(f'{12345:10,} {12345:<10,}| {12345:010,}')
print(f'{5:e} {5:.2f} {5:%} {5:g} {-5:.1e}')
try:
    f'{5:s}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{5:,d}' + f'{5:.2d}'
except ValueError as e:
    print('ValueError', e)
