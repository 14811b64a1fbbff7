# Cancelling a task blocked in Queue.get removes it from the getters; the next item goes
# to the remaining getter.
import asyncio

async def getter(name, q):
    try:
        print(name, "got", await q.get())
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    await asyncio.gather(a, b, return_exceptions=True)

asyncio.run(main())
# expect: a cancelled
# expect: b got item
