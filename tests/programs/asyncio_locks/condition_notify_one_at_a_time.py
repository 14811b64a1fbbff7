# Condition.notify(n) wakes n waiters, in FIFO order; each re-acquires the lock.
import asyncio

async def consumer(name, cond):
    async with cond:
        await cond.wait()
        print(name, "notified")

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(n, cond)) for n in ["c1", "c2", "c3"]]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify()
    await asyncio.sleep(0.1)
    print("--")
    async with cond:
        cond.notify(2)
    await asyncio.gather(*tasks)

asyncio.run(main())
# expect: c1 notified
# expect: --
# expect: c2 notified
# expect: c3 notified
