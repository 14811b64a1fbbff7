# A task that cancels itself keeps running until its next suspension point.
import asyncio

async def worker():
    me = asyncio.current_task()
    print("cancel() ->", me.cancel())
    print("still running")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled at the await")
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

asyncio.run(main())
# expect: cancel() -> True
# expect: still running
# expect: cancelled at the await
# expect: True
