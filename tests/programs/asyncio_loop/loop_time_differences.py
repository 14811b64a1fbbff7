# loop.time() only means something as a difference; sleeps advance it by their delay.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.2)
    t1 = loop.time()
    await asyncio.sleep(0.3)
    t2 = loop.time()
    print(round(t1 - t0, 1), round(t2 - t0, 1), t2 > t1 > t0)

asyncio.run(main())
# expect: 0.2 0.5 True
