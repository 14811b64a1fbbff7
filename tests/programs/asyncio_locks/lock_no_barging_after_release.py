# After release() the lock is unlocked until the woken waiter runs, yet a newcomer
# still queues behind it: no barging.
import asyncio

async def waiter(lock):
    async with lock:
        print("waiter got the lock")

async def newcomer(lock):
    print("newcomer sees locked() =", lock.locked())
    async with lock:
        print("newcomer got the lock")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    n = asyncio.create_task(newcomer(lock))  # its first step is queued before the wake-up
    lock.release()
    await asyncio.gather(w, n)

asyncio.run(main())
# expect: newcomer sees locked() = False
# expect: waiter got the lock
# expect: newcomer got the lock
