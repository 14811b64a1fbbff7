# Tasks finishing in the same iteration come out in the order they finished.
import asyncio

async def job(v):
    await asyncio.sleep(0.1)
    return v

async def main():
    tasks = [asyncio.create_task(job(v)) for v in "xyz"]
    print([await aw for aw in asyncio.as_completed(tasks)])

asyncio.run(main())
# expect: ['x', 'y', 'z']
