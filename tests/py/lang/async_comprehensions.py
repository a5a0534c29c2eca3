# Asynchronous comprehensions: `async for` and `await` inside list/set/dict comprehensions (awaited
# where they stand) and async generator expressions (async generators, not awaited).
from _aio import Sleep, run


async def numbers(n):
    for i in range(n):
        await Sleep(i)
        yield i


async def main():
    a = [x async for x in numbers(4)]
    b = {x % 2 async for x in numbers(5)}
    c = {x: await Sleep(x) async for x in numbers(3) if x}
    d = [await Sleep(i) for i in range(3)]
    e = [(x, y) async for x in numbers(3) for y in range(x)]
    f = [x async for x in numbers(4) if x % 2 async for _ in numbers(1)]
    gen = (x * 2 async for x in numbers(3))
    print(type(gen).__name__)
    g = [v async for v in gen]
    h = [[y async for y in numbers(x)] for x in range(3)]
    return a, sorted(b), c, d, e, f, g, h


print(run(main()))


async def scoping():
    x = "outer"
    r = [x async for x in numbers(2)]
    return x, r


print(run(scoping()))


async def errors():
    try:
        [x async for x in 3]
    except TypeError as e:
        print("TypeError:", e)
    try:
        [x async for x in numbers(2) if 1 / x]
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


run(errors())
