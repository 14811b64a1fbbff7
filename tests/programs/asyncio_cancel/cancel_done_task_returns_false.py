# cancel() on a finished task does nothing and returns False.
import asyncio

async def quick():
    return 1

async def main():
    t = asyncio.create_task(quick())
    await t
    print(t.cancel(), t.cancelled(), t.result())

asyncio.run(main())
# expect: False False 1
