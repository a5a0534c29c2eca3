# int(), float() and bool() constructors with various arguments.
print(int(), int(5), int(-5.9), int('  12 '), int('-0'), int(True), int('ff', 16), int(b'42'))
print(float(), float(3), float('2.5'), float(' -1e3 '), float('inf'), float(True), float(b'1.5'))
print(bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([[]]), bool(0.0), bool(-0.0))
print(int(10 ** 20 + 0.0) == 10 ** 20, int(2.5e10), float(10 ** 16 + 1))
print(type(int('5')).__name__, type(float(5)).__name__, type(bool(5)).__name__)
print(int(x=5) if False else int('7', base=8), int('z', base=36))
try:
    int('5', base=1)
except ValueError as e:
    print('ValueError', e)
print(int(-0.0), float(-0), str(float('-0')))
