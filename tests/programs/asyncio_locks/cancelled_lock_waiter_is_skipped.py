# A cancelled waiter leaves the queue; the lock goes to the next one.
import asyncio

async def waiter(name, lock):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(a, b, return_exceptions=True)

asyncio.run(main())
# expect: a cancelled while waiting
# expect: b got the lock
