# Concurrent sleeps overlap: total time is the longest, not the sum.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(asyncio.sleep(0.3), asyncio.sleep(0.2), asyncio.sleep(0.1))
    print(round(loop.time() - t0, 1))

asyncio.run(main())
# expect: 0.3
