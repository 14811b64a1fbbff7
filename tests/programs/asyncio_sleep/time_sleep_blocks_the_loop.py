# time.sleep inside a coroutine blocks the whole loop: the other task cannot run meanwhile.
import asyncio
import time

async def blocker():
    print("blocker start")
    time.sleep(0.2)
    print("blocker end")

async def polite():
    print("polite start")
    await asyncio.sleep(0)
    print("polite end")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(blocker(), polite())
    print(round(loop.time() - t0, 1))

asyncio.run(main())
# expect: blocker start
# expect: blocker end
# expect: polite start
# expect: polite end
# expect: 0.2
