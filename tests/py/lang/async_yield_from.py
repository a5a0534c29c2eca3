# Generators and coroutines together: yield from a coroutine is refused in a plain generator,
# coroutine objects are not iterable, and a coroutine can await a generator-based awaitable.
async def coro():
    return 1


def plain():
    yield from coro()


g = plain()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)

for action in [lambda: list(coro()), lambda: [x for x in coro()], lambda: next(coro())]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)


class GenAwaitable:
    def __await__(self):
        yield "step"
        return "gen result"


async def uses():
    return await GenAwaitable()


c = uses()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)


# Generator objects are not awaitable.
def gen():
    yield 1


async def awaits_generator():
    await gen()


try:
    awaits_generator().send(None)
except TypeError as e:
    print("TypeError:", e)
print(type(coro()).__name__, repr(coro())[:20])
