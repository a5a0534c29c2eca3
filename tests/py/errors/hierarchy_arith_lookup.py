# The built-in hierarchy: arithmetic and lookup errors.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (FloatingPointError, ArithmeticError), (ArithmeticError, Exception),
         (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
         (KeyError, IndexError), (ZeroDivisionError, ValueError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), LookupError))
for f in [lambda: 1 // 0, lambda: [][1], lambda: {}[1]]:
    try:
        f()
    except ArithmeticError:
        print('arithmetic')
    except LookupError as e:
        print('lookup', type(e).__name__)
