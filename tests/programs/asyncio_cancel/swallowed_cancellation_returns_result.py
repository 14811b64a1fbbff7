# A task that swallows CancelledError and returns is not cancelled: its result is delivered,
# and cancelling() stays 1.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancellation")
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    print(t.cancelled(), t.cancelling())

asyncio.run(main())
# expect: ignoring cancellation
# expect: finished anyway
# expect: False 1
