# PriorityQueue returns the smallest item first.
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid")]:
        q.put_nowait(item)
    while not q.empty():
        print(await q.get())

asyncio.run(main())
# expect: (1, 'high')
# expect: (2, 'mid')
# expect: (3, 'low')
