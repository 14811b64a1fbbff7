# asyncio.to_thread runs a blocking call in a worker thread while the loop keeps running.
import asyncio
import time

def blocking(n):
    time.sleep(n)
    return f"slept {n}"

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.4)

async def main():
    start = time.perf_counter()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking, 1), ticker())
    print(result, round(time.perf_counter() - start, 1))

asyncio.run(main())
# expect: tick 0
# expect: tick 1
# expect: tick 2
# expect: slept 1 1.2
