# Error messages of builtins called with bad arguments.
def attempt(f, message=True):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e if message else '(message changed in 3.12)')

attempt(lambda: len(5))
attempt(lambda: len(None))
attempt(lambda: abs('x'))
attempt(lambda: max([]), False)
attempt(lambda: min([]), False)
attempt(lambda: max())
attempt(lambda: max(1))
attempt(lambda: sum(5))
attempt(lambda: sorted(5))
attempt(lambda: isinstance(1, 5))
attempt(lambda: next(5))
attempt(lambda: zip(1))
attempt(lambda: enumerate(5))
attempt(lambda: range('a'))
attempt(lambda: max([], default='empty'))
attempt(lambda: list(zip('ab', 'c', strict=True)))
