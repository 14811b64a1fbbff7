# gather: wait for all, results in the order the awaitables were given.
import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} finished after {seconds} s")
    return name


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(job("slow", 3), job("quick", 1), job("medium", 2))
    print("gather returned", results, "at", round(time.perf_counter() - start))


asyncio.run(main())
