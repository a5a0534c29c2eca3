# async for: __aiter__/__anext__ with StopAsyncIteration, break/continue/else, exceptions, and
# the TypeErrors for objects that do not implement the protocol.
from _aio import Sleep, run


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(self.n)
        return self.n


async def basic():
    out = []
    async for i in Countdown(4):
        if i == 2:
            continue
        out.append(i)
    else:
        out.append("else")
    async for i in Countdown(5):
        if i == 3:
            break
    else:
        out.append("no else after break")
    async for a, b in Pairs():
        out.append(a + b)
    return out


class Pairs:
    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return (self.i, 10)


print(run(basic()))


# An exception other than StopAsyncIteration from __anext__ propagates.
class Broken:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("broken")


async def errors():
    try:
        async for _ in Broken():
            pass
    except KeyError as e:
        print("KeyError:", e)
    for obj in [3, NoAnext(), BadAnext(), [1, 2]]:
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)


class NoAnext:
    def __aiter__(self):
        return 5


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


run(errors())


# return and exceptions from inside the loop body.
async def find(target):
    async for i in Countdown(10):
        if i == target:
            return f"found {i}"
    return "not found"


print(run(find(6)), run(find(20)))


async def in_try():
    try:
        async for i in Countdown(3):
            if i == 1:
                raise ValueError(i)
    except ValueError as e:
        return f"ValueError {e}"


print(run(in_try()))
