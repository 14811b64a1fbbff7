# A leftover task that swallows the shutdown cancellation is still awaited to completion.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring shutdown cancellation")
        await asyncio.sleep(0.1)
        print("finished after cleanup")

async def main():
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)

asyncio.run(main())
print("run returned")
# expect: ignoring shutdown cancellation
# expect: finished after cleanup
# expect: run returned
