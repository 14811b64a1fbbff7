# as_completed yields awaitables that produce results in completion order.
import asyncio

async def job(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    tasks = [asyncio.create_task(job(v, d)) for v, d in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]]
    for aw in asyncio.as_completed(tasks):
        print(await aw)

asyncio.run(main())
# expect: fast
# expect: mid
# expect: slow
