# OverflowError and ValueError at numeric limits.
def attempt(f):
    try:
        print(f())
    except (OverflowError, ValueError, MemoryError) as e:
        print(type(e).__name__, e)

attempt(lambda: float(2 ** 1024))
attempt(lambda: 2 ** 1024 / 1)
attempt(lambda: 2 ** 2000 / 2 ** 1000)
attempt(lambda: int(1e308) > 0)
attempt(lambda: round(float('inf')))
attempt(lambda: [0] * (2 ** 100))
attempt(lambda: 'x' * (2 ** 100))
attempt(lambda: range(2 ** 100)[2 ** 99])
attempt(lambda: 1 << -5)
try:
    2.0 ** 5000
except OverflowError:
    print('OverflowError from float power')
