# I/O-bound work in coroutines: the waits overlap on one thread.
import asyncio
import time

JOBS = 4  # jobs that wait 1 s each


async def fetch(i):
    await asyncio.sleep(1)  # waiting for the network
    return i


async def main():
    start = time.perf_counter()
    await asyncio.gather(*(fetch(i) for i in range(JOBS)))
    print(f"asyncio, I/O-bound: {round(time.perf_counter() - start)} s")


asyncio.run(main())
