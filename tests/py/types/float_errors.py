# Float division by zero and overflow raise, with CPython's messages.
def attempt(label, f):
    try:
        print(label, f())
    except ArithmeticError as e:
        print(label, type(e).__name__, e)

attempt('1.0 / 0', lambda: 1.0 / 0)
attempt('1 / 0.0', lambda: 1 / 0.0)
attempt('0.0 / 0.0', lambda: 0.0 / 0.0)
attempt('-5.5 / 0', lambda: -5.5 / 0)
attempt('1.0 // 0', lambda: 1.0 // 0)
attempt('0.0 ** -1', lambda: 0.0 ** -1)
attempt('0 ** -1', lambda: 0 ** -1)
attempt('1.0 / 1e-320', lambda: 1.0 / 1e-320)
try:
    2.0 ** 10000
except OverflowError:
    print('OverflowError from float power')
try:
    10.0 ** 400
except OverflowError:
    print('OverflowError 2')
try:
    1.0 % 0
except ZeroDivisionError:
    print('ZeroDivisionError from float modulo')
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
