# The same awaitable passed twice runs once; its result appears twice.
import asyncio

async def job():
    print("job runs")
    return 5

async def main():
    c = job()
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(job())
    print(await asyncio.gather(t, t, t))

asyncio.run(main())
# expect: job runs
# expect: [5, 5]
# expect: job runs
# expect: [5, 5, 5]
