# Queue is FIFO; qsize/empty/full report its state.
import asyncio

async def main():
    q = asyncio.Queue()
    for x in [1, 2, 3]:
        await q.put(x)
    print(q.qsize(), q.empty(), q.full())
    print(await q.get(), await q.get(), q.get_nowait())
    print(q.qsize(), q.empty())

asyncio.run(main())
# expect: 3 False False
# expect: 1 2 3
# expect: 0 True
