# A task whose coroutine yields something that is not a future gets a RuntimeError thrown
# in at that point.
import asyncio

class Bad:
    def __await__(self):
        yield 5

async def main():
    try:
        await Bad()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
# expect: RuntimeError: Task got bad yield: 5
