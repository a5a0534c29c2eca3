# What `await` accepts: coroutines, and objects whose __await__ returns an iterator; the
# TypeErrors for everything else. The iterator's yields go to the loop, its return is the result.
from _aio import Sleep, run


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return iter(())  # finishes at once: the await's value is None


class Twice:
    def __await__(self):
        a = yield "first"
        b = yield "second"
        return (a, b)


class ReturnsInt:
    def __await__(self):
        return 3


class ReturnsCoroutine:
    def __await__(self):
        return helper()


async def helper():
    return 1


class NotCallable:
    __await__ = None


async def main():
    print("ready ->", await Ready(1))
    print("twice ->", await Twice())
    for obj in [5, "s", ReturnsInt(), ReturnsCoroutine(), NotCallable(), [1]]:
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    return "done"


def loop(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        print("loop got", req)
        value = req.upper() if isinstance(req, str) else None


print(loop(main()))


# await inside nested expressions and as an argument.
async def nested():
    total = (await Sleep(1)) + (await Sleep(2)) * 2
    items = [await Sleep(i) for i in range(3)]
    return total, items, await add(await Sleep(3), 1)


async def add(a, b):
    return a + b


print(run(nested()))


# A generator-based awaitable through yield from inside __await__.
class Delegating:
    def __await__(self):
        r = yield from Sleep(7).__await__()
        return r + 1


async def uses_delegating():
    return await Delegating()


print(run(uses_delegating()))
