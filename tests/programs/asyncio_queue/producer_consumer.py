# A producer and two consumers sharing a queue, stopped with sentinels. c1 takes item 0 without
# waiting, then both wait; each put wakes the getter that has waited longest.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("produced", i)
        await asyncio.sleep(0.1)
    for _ in range(2):
        await q.put(None)

async def consumer(name, q):
    while True:
        item = await q.get()
        if item is None:
            print(name, "stops")
            return
        print(name, "consumed", item)

async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q, 3), consumer("c1", q), consumer("c2", q))

asyncio.run(main())
# expect: produced 0
# expect: c1 consumed 0
# expect: produced 1
# expect: c1 consumed 1
# expect: produced 2
# expect: c2 consumed 2
# expect: c1 stops
# expect: c2 stops
