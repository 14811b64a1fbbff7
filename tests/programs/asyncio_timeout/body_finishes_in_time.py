# A body that finishes before the deadline is unaffected; expired() stays False.
import asyncio

async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.1)
        print("finished in time")
    print("expired:", cm.expired())

asyncio.run(main())
# expect: finished in time
# expect: expired: False
