# A task that releases and immediately re-acquires goes to the back of the queue.
import asyncio

async def greedy(lock):
    for i in range(2):
        await lock.acquire()
        print("greedy round", i)
        lock.release()

async def polite(lock):
    async with lock:
        print("polite")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    g = asyncio.create_task(greedy(lock))
    p = asyncio.create_task(polite(lock))
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(g, p)

asyncio.run(main())
# expect: greedy round 0
# expect: polite
# expect: greedy round 1
