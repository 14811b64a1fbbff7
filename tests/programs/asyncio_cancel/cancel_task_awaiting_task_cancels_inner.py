# Cancelling A while it awaits task B cancels B too; B's handlers run first, A's one
# iteration later.
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner finally")

async def outer(b):
    try:
        await b
    finally:
        print("outer finally")

async def main():
    b = asyncio.create_task(inner())
    a = asyncio.create_task(outer(b))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.gather(a, return_exceptions=True)
    print("a cancelled:", a.cancelled(), "b cancelled:", b.cancelled())

asyncio.run(main())
# expect: inner finally
# expect: outer finally
# expect: a cancelled: True b cancelled: True
