# ensure_future returns a future unchanged and wraps a coroutine in a Task.
import asyncio

async def coro():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, asyncio.isfuture(t), asyncio.isfuture(coro))
    print(await t)
    f.cancel()

asyncio.run(main())
# expect: True
# expect: Task True False
# expect: 1
