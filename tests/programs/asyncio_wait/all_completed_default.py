# wait() defaults to ALL_COMPLETED and returns (done, pending) sets.
import asyncio

async def job(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    tasks = [asyncio.create_task(job(v, d)) for v, d in [(3, 0.3), (1, 0.1), (2, 0.2)]]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, len(done), len(pending))
    print(sorted(t.result() for t in done))

asyncio.run(main())
# expect: set 3 0
# expect: [1, 2, 3]
