# In 3.11 asyncio.create_task(coro, name=...) still takes a number from the Task-N counter,
# but loop.create_task(coro, name=...) does not.
import asyncio

async def noop():
    pass

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(noop(), name="named")
    b = asyncio.create_task(noop())
    c = loop.create_task(noop(), name="loop-named")
    d = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name(), d.get_name())
    await asyncio.gather(a, b, c, d)

asyncio.run(main())
# expect: named Task-3 loop-named Task-4
