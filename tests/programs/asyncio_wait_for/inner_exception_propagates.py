# An exception from the awaitable propagates through wait_for unchanged.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    raise ValueError("inner failure")

async def main():
    try:
        await asyncio.wait_for(job(), 1)
    except ValueError as e:
        print("caught", repr(e))

asyncio.run(main())
# expect: caught ValueError('inner failure')
