# CPU-bound work in coroutines: nothing to wait for, so nothing overlaps.
import asyncio
import time

import loopscope

JOBS = 4  # jobs of 1 s of computation each


async def compute(i):
    loopscope.busy(1)
    return i


async def main():
    start = time.perf_counter()
    await asyncio.gather(*(compute(i) for i in range(JOBS)))
    print(f"asyncio, CPU-bound: {round(time.perf_counter() - start)} s")


asyncio.run(main())
