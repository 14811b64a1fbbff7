# CancelledError derives from BaseException, so `except Exception` does not catch it.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except Exception:
        print("never: Exception does not catch it")

async def main():
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")

asyncio.run(main())
# expect: False True
# expect: cancelled
