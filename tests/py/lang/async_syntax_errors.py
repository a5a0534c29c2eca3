# SyntaxErrors of async/await: await and async for/with outside async functions, async
# comprehensions in the wrong place, yield from and return with a value in async code.
SOURCES = [
    "await x",
    "def f():\n    await x",
    "f = lambda: await x",
    "async def f():\n    g = lambda: await x",
    "async def f():\n    def g():\n        await x",
    "def f():\n    [await x for x in y]",
    "def f():\n    [x async for x in y]",
    "def f():\n    (x async for x in y)",
    "def f():\n    [[x async for x in y] for z in w]",
    "async def f():\n    [[x async for x in y] for z in w]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield 1\n    return",
    "def f():\n    async for x in y:\n        pass",
    "def f():\n    async with x:\n        pass",
    "async with x:\n    pass",
    "class C:\n    async for x in y:\n        pass",
    "async def f():\n    class C:\n        await x",
    "async def f():\n    (await x for y in z)",
    "async def f():\n    [x for x in await y]",
    "def f():\n    [x for x in await y]",
]
for src in SOURCES:
    try:
        compile(src, "<async>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{e.msg!r} at {e.lineno}:{e.offset}")
