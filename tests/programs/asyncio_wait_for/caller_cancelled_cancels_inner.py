# If the caller of wait_for is cancelled, the inner task is cancelled and awaited first.
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner finally")

async def caller():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise

async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

asyncio.run(main())
# expect: inner finally
# expect: caller cancelled
# expect: True
