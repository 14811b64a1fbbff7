# put() on a full queue waits until a get() frees a slot.
import asyncio

async def producer(q):
    for i in range(3):
        await q.put(i)
        print("put", i)

async def main():
    q = asyncio.Queue(maxsize=1)
    t = asyncio.create_task(producer(q))
    await asyncio.sleep(0.1)
    print("queue full:", q.full())
    for _ in range(3):
        print("got", await q.get())
        await asyncio.sleep(0)
    await t

asyncio.run(main())
# expect: put 0
# expect: queue full: True
# expect: got 0
# expect: put 1
# expect: got 1
# expect: put 2
# expect: got 2
