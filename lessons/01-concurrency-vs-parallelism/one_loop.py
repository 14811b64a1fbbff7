# One person, one event loop: while the water boils, write.
# Times are in minutes (seconds when you run this file with python3).
import asyncio
import time

import loopscope

BOIL = 3   # the water takes this long to boil (waiting)
CHOP = 2   # chopping the vegetables (busy)
WRITE = 4  # writing a chapter (busy)


async def cook():
    print("cook: water on the stove")
    await asyncio.sleep(BOIL)  # the water boils by itself: the loop may run something else
    print("cook: the water boils")
    loopscope.busy(CHOP)
    print("cook: vegetables chopped")


async def write():
    loopscope.busy(WRITE)
    print("write: chapter finished")


async def main():
    start = time.perf_counter()
    await asyncio.gather(cook(), write())
    print(f"total: {round(time.perf_counter() - start)} minutes")


asyncio.run(main())
