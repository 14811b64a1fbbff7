# put_nowait wakes the first waiting getter, but the item is not reserved for it: a task
# that runs first takes it, and the woken getter waits again at the END of the line,
# behind getters that were already waiting.
import asyncio

async def getter(name, q):
    print(name, "got", await q.get())

async def thief(q):
    print("thief got", q.get_nowait())

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(0)
    t = asyncio.create_task(thief(q))  # its first step is queued before g1's wake-up
    q.put_nowait("first")              # wakes g1
    await asyncio.sleep(0)
    q.put_nowait("second")
    q.put_nowait("third")
    await asyncio.gather(g1, g2, t)

asyncio.run(main())
# expect: thief got first
# expect: g2 got second
# expect: g1 got third
