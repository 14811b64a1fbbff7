# A class with __aiter__/__anext__ works with async for.
import asyncio

class Ticks:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.i += 1
        return self.i

async def main():
    async for t in Ticks(3):
        print("tick", t)

asyncio.run(main())
# expect: tick 1
# expect: tick 2
# expect: tick 3
