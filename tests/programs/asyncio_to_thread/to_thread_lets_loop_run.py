# While a worker thread blocks, the event loop keeps running other tasks.
import asyncio
import time

def blocking():
    time.sleep(0.3)
    return "thread done"

async def ticker():
    for i in range(2):
        await asyncio.sleep(0.1)
        print("loop still running", i)

async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.to_thread(blocking))
    await t

asyncio.run(main())
# expect: loop still running 0
# expect: loop still running 1
# expect: thread done
