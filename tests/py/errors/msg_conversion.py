# Messages of failed conversions with int(), float() and friends.
def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

attempt(lambda: int('12a'))
attempt(lambda: int('0x1g', 16))
attempt(lambda: int([1]))
attempt(lambda: float('1,5'))
attempt(lambda: float([]))
attempt(lambda: float(''))
attempt(lambda: int(float('inf')))
attempt(lambda: int(float('nan')))
attempt(lambda: float(10 ** 400))
attempt(lambda: chr(-1))
attempt(lambda: chr(0x110000))
attempt(lambda: ord('ab'))
attempt(lambda: ord(''))
attempt(lambda: ord(5))
attempt(lambda: chr('a'))
attempt(lambda: list(5))
attempt(lambda: tuple(None))
attempt(lambda: dict([1, 2]))
attempt(lambda: dict([(1, 2, 3)]))
