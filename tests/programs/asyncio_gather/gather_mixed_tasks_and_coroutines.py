# gather accepts tasks, futures and coroutines together.
import asyncio

async def val(v):
    await asyncio.sleep(0)
    return v

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.1, f.set_result, "future")
    t = asyncio.create_task(val("task"))
    print(await asyncio.gather(val("coro"), t, f))

asyncio.run(main())
# expect: ['coro', 'task', 'future']
