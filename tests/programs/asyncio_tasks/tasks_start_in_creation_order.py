# Tasks start in the order they were created and take turns at each sleep(0).
import asyncio

async def worker(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(worker("a"))
    b = asyncio.create_task(worker("b"))
    c = asyncio.create_task(worker("c"))
    await a
    await b
    await c

asyncio.run(main())
# expect: a 0
# expect: b 0
# expect: c 0
# expect: a 1
# expect: b 1
# expect: c 1
# expect: a 2
# expect: b 2
# expect: c 2
