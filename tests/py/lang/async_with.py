# async with: __aenter__/__aexit__ are awaited, exceptions reach __aexit__ (which may suppress
# them), return/break/continue leave through __aexit__, and the protocol's TypeErrors.
from _aio import Sleep, run


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Sleep(1)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Sleep(2)
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress


async def main():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("quiet", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Manager("loud"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    return await early()


async def early():
    async with Manager("early"):
        return "returned from inside"


print(run(main()))


class NoAexit:
    async def __aenter__(self):
        return self


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class BadExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return 2


async def errors():
    for mgr in [NoAexit(), SyncOnly(), 3, BadEnter(), BadExit()]:
        try:
            async with mgr:
                pass
        except TypeError as e:
            print("TypeError:", e)


run(errors())
