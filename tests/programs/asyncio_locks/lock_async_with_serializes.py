# async with lock: only one task at a time is inside the critical section.
import asyncio

async def worker(name, lock):
    async with lock:
        print(name, "enters")
        await asyncio.sleep(0.1)
        print(name, "leaves")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", lock), worker("b", lock), worker("c", lock))

asyncio.run(main())
# expect: a enters
# expect: a leaves
# expect: b enters
# expect: b leaves
# expect: c enters
# expect: c leaves
