# Coroutine objects: what calling an async def returns, driven by send(); their state, the
# errors of misuse, throw() and close(), and __await__().
from _aio import Sleep, run


async def add(a, b):
    x = await Sleep(a)
    y = await Sleep(b)
    return x + y


async def main():
    return await add(1, 2) * 2


print(run(main(), trace=True))

c = add(3, 4)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_suspended)
print(c.send(None))
print(c.cr_suspended, type(c.cr_await).__name__)
print(c.send(30))
try:
    c.send(40)
except StopIteration as e:
    print("returned", e.value)
for action in [lambda: c.send(None), lambda: c.throw(ValueError)]:
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(c.close(), c.close())

c = add(1, 1)
for action in [lambda: c.send(1), lambda: iter(c), lambda: next(c)]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
c.close()


async def catcher():
    try:
        await Sleep(1)
    except KeyError as e:
        return f"caught {e!r}"
    finally:
        print("finally runs")


c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

c = catcher()
c.send(None)
print("close:", c.close(), c.cr_suspended)


async def stubborn():
    try:
        await Sleep(1)
    except GeneratorExit:
        await Sleep(2)


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# __await__ returns an iterator over the same coroutine.
w = add(2, 3).__await__()
print(type(w).__name__, next(w), w.send(5))
try:
    w.send(6)
except StopIteration as e:
    print("wrapper returned", e.value)


# StopIteration raised inside a coroutine becomes RuntimeError (PEP 479).
async def raises_stop():
    raise StopIteration("x")


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


# A coroutine cannot be awaited twice at the same time, nor reused.
async def await_twice():
    c = add(1, 2)
    c.send(None)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    done = add(0, 0)
    await done
    try:
        await done
    except RuntimeError as e:
        print("RuntimeError:", e)


run(await_twice())
