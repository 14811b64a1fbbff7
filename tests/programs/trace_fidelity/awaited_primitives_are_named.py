# Each await on an asyncio primitive says what it waits for: Lock.acquire(), Event.wait(),
# Condition.wait(), Semaphore.acquire(), Queue.get(), Queue.put(), sleep(0.1).
import asyncio

async def user(lock, event, cond, sem, q, full):
    async with lock:
        pass
    await event.wait()
    async with cond:
        await cond.wait()
    async with sem:
        pass
    print("got", await q.get())
    await full.put("second")
    print("user done")

async def main():
    lock, event, cond = asyncio.Lock(), asyncio.Event(), asyncio.Condition()
    sem, q, full = asyncio.Semaphore(0), asyncio.Queue(), asyncio.Queue(maxsize=1)
    full.put_nowait("first")
    await lock.acquire()
    t = asyncio.create_task(user(lock, event, cond, sem, q, full))
    await asyncio.sleep(0.1)
    lock.release()
    await asyncio.sleep(0.1)
    event.set()
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0.1)
    sem.release()
    await asyncio.sleep(0.1)
    q.put_nowait("item")
    await asyncio.sleep(0.1)
    print("freed", full.get_nowait())
    await t

asyncio.run(main())
# expect: got item
# expect: freed first
# expect: user done
