# Asynchronous generators: async for over them, __anext__/asend/athrow/aclose awaitables,
# their values passing through the awaitables' StopIteration, and their errors.
from _aio import Sleep, run


async def ticker(n):
    for i in range(n):
        got = await Sleep(i)
        yield (i, got)
    print("ticker done")


async def consume():
    out = []
    async for item in ticker(3):
        out.append(item)
    return out


print(run(consume()))


async def echo():
    received = None
    try:
        while True:
            received = yield f"echo {received}"
    finally:
        print("echo cleanup")


async def methods():
    g = echo()
    print(type(g).__name__, g.__name__, g.ag_running)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await g.asend("again"))
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    return "ok"


print(run(methods()))


async def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    yield 3


async def throws():
    g = thrower()
    print(await g.__anext__())
    print(await g.athrow(ValueError("boom")))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = thrower()
    await g2.__anext__()
    try:
        await g2.athrow(KeyError("uncaught"))
    except KeyError as e:
        print("propagated", repr(e))


run(throws())


# Driving the awaitables by hand shows what they raise.
g = ticker(2)
step = g.__anext__()
print(step.send(None))
try:
    step.send(5)
except StopIteration as e:
    print("value in StopIteration:", e.value)
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
a = g.asend(None)
b = g.asend(None)
print(a.send(None))
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def ignores_exit():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)


run(ignores_exit())


async def leaks_stop():
    yield 1
    raise StopAsyncIteration


async def leaks():
    try:
        async for x in leaks_stop():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e)


run(leaks())

# Sending a value into a just-started async generator.
try:
    echo().asend("early").send(None)
except TypeError as e:
    print("TypeError:", e)
