# Float presentation types: f e E g G % and none, precision, grouping, signs, inf/nan.
vals = [0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 1e16, 123456789e20]
for v in vals:
    print(f'{v:f} | {v:.2f} | {v:e} | {v:.3E} | {v:g} | {v:.3g} | {v:G} | {v:.1%} | {v:}')
print(f'{1234567.891:,.2f} {1234567.891:_.1f} {-0.5:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}')
print(f'{3.14159:10.3f}|{3.14159:<10.3f}|{3.14159:^+10.2f}|{-3.14159:010.2f}')
print(f'{float("inf"):f} {float("-inf"):e} {float("nan"):g} {float("inf"):+08.2f}')
print(f'{1e100:.3g} {1e-100:.3g} {0.0001:g} {0.00001:g} {123456:g} {1234567:g}')
print(f'{2.675:.2f} {1.005:.2f} {0.125:.2f} {0.375:.2f}')
print(f'{1/3:.15f} {2/3:.17g} {0.1:.20f}')
print(f'{12.0:#g} {12.0:#.0f} {5e-5:.2g}')
