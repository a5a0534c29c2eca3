# Infinities and NaN: creation, arithmetic, comparison and printing.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, float('-inf'), float('Infinity'), float('-NaN'), float('INF'))
print(inf + 1, inf * -1, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf)
print(nan == nan, nan != nan, nan > 0, nan < 0, nan == 0)
print(nan + 1, nan * 0, -nan)
print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 1e308)
print(inf ** 0, 1 ** inf, nan ** 0, 2 ** -inf, 0.5 ** inf)
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
for v in [inf, -inf, nan]:
    print(repr(v), str(v), v != v)
print([nan] == [nan], nan in [nan])
