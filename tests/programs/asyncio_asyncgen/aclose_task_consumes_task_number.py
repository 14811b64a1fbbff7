# The aclose() task that finalizes an abandoned generator takes a Task-N number.
import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        pass

async def main():
    async for x in gen():
        break
    await asyncio.sleep(0.1)
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t

asyncio.run(main())
# expect: Task-3
