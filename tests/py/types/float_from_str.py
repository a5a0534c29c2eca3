# float(str): decimal, exponent, whitespace, underscores, special values and errors.
for s in ['1', '1.5', '-2.25', ' 3.0 ', '1e3', '1E-3', '.5', '5.', '+7', '1_000.5', '0.1',
          'inf', '-inf', 'nan', 'infinity', '-Infinity', '1e500', '-1e500', '1e-500',
          '123456789012345678901234567890', '0.30000000000000004', '2.5e+1']:
    print(repr(s), float(s))
for s in ['', 'abc', '1.2.3', '1e', 'e5', '1_', '_1', '0x10', '- 1', 'in f']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError', e)
print(float(5), float(-0), float(False))
