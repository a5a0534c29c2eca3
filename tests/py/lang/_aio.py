# A tiny event loop for the async tests (there is no asyncio): drives a coroutine with send()
# until it returns, answering each awaited Sleep with its value times ten.
class Sleep:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        answer = yield ("sleep", self.value)
        return answer


def run(coro, trace=False):
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            return stop.value
        if trace:
            print("  loop got", request)
        value = request[1] * 10 if isinstance(request, tuple) else None
