# Cancelling a task that awaits gather cancels the gather and, through it, nested children.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(10)
    finally:
        print(name, "finally")

async def parent():
    try:
        await asyncio.gather(child("x"), asyncio.gather(child("y1"), child("y2")))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print(p.cancelled())

asyncio.run(main())
# expect: x finally
# expect: y1 finally
# expect: y2 finally
# expect: parent cancelled
# expect: True
