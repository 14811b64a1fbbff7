# An exception inside the shielded awaitable propagates.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    raise ValueError("inside shield")

async def main():
    try:
        await asyncio.shield(job())
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
# expect: caught inside shield
