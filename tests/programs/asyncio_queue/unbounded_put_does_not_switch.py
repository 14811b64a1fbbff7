# On an unbounded queue await put() never yields; get() on a non-empty queue neither.
import asyncio

async def other():
    print("other runs")

async def main():
    q = asyncio.Queue()
    asyncio.create_task(other())
    await q.put(1)
    await q.put(2)
    print("got", await q.get())
    print("still no switch")
    await asyncio.sleep(0)

asyncio.run(main())
# expect: got 1
# expect: still no switch
# expect: other runs
