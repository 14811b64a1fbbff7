# LifoQueue returns the most recently added item first.
import asyncio

async def main():
    q = asyncio.LifoQueue()
    for x in "abc":
        await q.put(x)
    print([q.get_nowait() for _ in range(3)])

asyncio.run(main())
# expect: ['c', 'b', 'a']
