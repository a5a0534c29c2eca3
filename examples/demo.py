# A tour of what Weft runs today: numbers, strings, containers, functions, closures,
# comprehensions, exceptions and modules. Run it with `make demo` or `build/release/weft examples/demo.py`.
import sys
import time


def banner(title):
    print()
    print(f'== {title} ' + '=' * (56 - len(title)))


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if sieve[p]:
            sieve[p * p::p] = [False] * len(sieve[p * p::p])
    return [n for n, is_prime in enumerate(sieve) if is_prime]


def make_counter():
    count = 0

    def tick(step=1):
        nonlocal count
        count += step
        return count
    return tick


def describe(*args, sep=', ', **options):
    parts = [repr(a) for a in args] + [f'{k}={v!r}' for k, v in options.items()]
    return 'describe(' + sep.join(parts) + ')'


def escape_time(cr, ci, limit=40):
    # Iterates z = z*z + c with plain floats; returns the step at which |z| exceeds 2.
    zr = zi = 0.0
    for step in range(limit):
        zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
        if zr * zr + zi * zi > 4:
            return step
    return limit


def mandelbrot_row(ci, width=64):
    # One text row of the Mandelbrot set: '#' inside, lighter shades the faster a point escapes.
    shades = ' .,:-=+*%'
    row = ''
    for i in range(width):
        steps = escape_time(-2.1 + 2.7 * i / width, ci)
        row += '#' if steps == 40 else shades[min(steps, len(shades) - 1)]
    return row


start = time.monotonic()
print(f'Hello from {sys.implementation.name}! Python {sys.version_info[0]}.{sys.version_info[1]} semantics.')

banner('Numbers')
n = 1
for i in range(1, 31):
    n *= i
print(f'30! = {n}')
print(f'2**200 = {2 ** 200}')
print(f'-7 // 2 = {-7 // 2}, -7 % 2 = {-7 % 2}, 0.1 + 0.2 = {0.1 + 0.2}')
print(f'pi-ish: {355 / 113:.10f}  grouped: {1234567890:,}  hex: {48879:#x}  bin: {10:08b}')

banner('Strings')
s = 'Weft weaves threads'
print(s.upper(), '|', s[::-1], '|', s.split(), '|', s.count('e'))
print(f"{'centered':*^20} {'日本語'!r} {len('héllo wörld')} chars")

banner('Containers')
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print('word counts:', freq)
print('by length:', sorted(set(words), key=lambda w: (-len(w), w))[:5])
print('primes < 60:', primes(60))
print('squares:', {k: k * k for k in range(6)})
first, *middle, last = range(8)
print('unpacked:', first, middle, last)

banner('Functions and closures')
tick = make_counter()
tick()
tick(10)
print('counter after two ticks:', tick(0))
print(describe(1, 'two', [3], flag=True, name='weft'))
adders = [lambda x, k=k: x + k for k in range(3)]
print('adders:', [f(100) for f in adders])

banner('Exceptions')
failures = [('1 / 0', lambda: 1 / 0), ("int('forty-two')", lambda: int('forty-two')),
            ("{}['missing']", lambda: {}['missing']), ('[1, 2][5]', lambda: [1, 2][5])]
for text, action in failures:
    try:
        action()
    except (ZeroDivisionError, ValueError, LookupError) as e:
        print(f'{text:<18} -> {type(e).__name__}: {e}')
try:
    try:
        raise KeyError('inner')
    except KeyError as e:
        raise RuntimeError('outer') from e
except RuntimeError as e:
    print('chained:', repr(e), 'caused by', repr(e.__cause__))

banner('A little fractal')
for k in range(13):
    print(mandelbrot_row(-1.2 + k * 0.2))

elapsed = time.monotonic() - start
print()
print(f'done in {elapsed:.3f} s')
