# A task may catch CancelledError to clean up, then re-raise it: it ends cancelled.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker cleaning up")
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())

asyncio.run(main())
# expect: worker cleaning up
# expect: True True
