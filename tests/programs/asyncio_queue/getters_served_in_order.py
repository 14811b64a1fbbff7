# Several waiting getters receive items in the order they started waiting.
import asyncio

async def getter(name, q):
    print(name, "got", await q.get())

async def main():
    q = asyncio.Queue()
    ts = [asyncio.create_task(getter(n, q)) for n in ["g1", "g2", "g3"]]
    await asyncio.sleep(0)
    for x in ["a", "b", "c"]:
        q.put_nowait(x)
    await asyncio.gather(*ts)

asyncio.run(main())
# expect: g1 got a
# expect: g2 got b
# expect: g3 got c
