# as_completed: one result at a time, in the order the jobs finish.
import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(job("slow", 3)),
             asyncio.create_task(job("quick", 1)),
             asyncio.create_task(job("medium", 2))]
    for next_done in asyncio.as_completed(tasks):
        name = await next_done
        print("got", name, "at", round(time.perf_counter() - start))


asyncio.run(main())
