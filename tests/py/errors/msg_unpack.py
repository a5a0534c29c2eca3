# ValueError/TypeError messages of unpacking assignments.
def attempt(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def two(v):
    a, b = v
    return a, b

def three(v):
    a, b, c = v
    return a

def starred(v):
    a, b, *c = v
    return c

attempt(lambda: two([1]))
attempt(lambda: two([]))
attempt(lambda: three('ab'))
attempt(lambda: starred([1]))
attempt(lambda: two(5))
attempt(lambda: two(None))
print(two('xy'), starred('abcd'))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('too many', type(e).__name__)
