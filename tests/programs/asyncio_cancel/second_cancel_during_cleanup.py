# A second cancel() while the task awaits in its cleanup interrupts the cleanup too.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("first cancellation, cleaning up")
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("second cancellation during cleanup")
            raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), t.cancelling())

asyncio.run(main())
# expect: first cancellation, cleaning up
# expect: second cancellation during cleanup
# expect: True 2
