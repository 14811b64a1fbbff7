# get_coro() returns the coroutine object the task wraps.
import asyncio

async def worker():
    pass

async def main():
    c = worker()
    t = asyncio.create_task(c)
    print(t.get_coro() is c, t.get_coro().__name__)
    await t

asyncio.run(main())
# expect: True worker
