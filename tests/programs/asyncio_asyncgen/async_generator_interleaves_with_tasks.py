# The generator's awaits are switch points of the consuming task.
import asyncio

async def numbers():
    for i in range(3):
        yield i
        await asyncio.sleep(0)

async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for x in numbers():
        print("got", x)
    await t

asyncio.run(main())
# expect: got 0
# expect: other 0
# expect: got 1
# expect: other 1
# expect: got 2
# expect: other 2
