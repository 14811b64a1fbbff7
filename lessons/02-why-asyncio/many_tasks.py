# Ten thousand waiting tasks are cheap: each is a small object, not a thread with its own stack.
import asyncio
import time

COUNT = 10000


async def wait_a_second(i):
    await asyncio.sleep(1)
    return i


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(wait_a_second(i) for i in range(COUNT)))
    print(len(results), "tasks waited 1 s each; total", round(time.perf_counter() - start), "s")


asyncio.run(main())
