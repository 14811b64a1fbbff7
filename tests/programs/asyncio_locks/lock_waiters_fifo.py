# Waiters get the lock in the order they asked for it.
import asyncio

async def worker(name, lock):
    print(name, "wants the lock")
    await lock.acquire()
    try:
        print(name, "has the lock")
        await asyncio.sleep(0)
    finally:
        lock.release()

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(worker(n, lock)) for n in ["w3", "w1", "w2"]]
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks)

asyncio.run(main())
# expect: w3 wants the lock
# expect: w1 wants the lock
# expect: w2 wants the lock
# expect: w3 has the lock
# expect: w1 has the lock
# expect: w2 has the lock
