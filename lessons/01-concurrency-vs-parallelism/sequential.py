# One person does everything in order: cook first, then write.
# Times are in minutes (seconds when you run this file with python3).
import time

import loopscope

BOIL = 3   # the water takes this long to boil (waiting)
CHOP = 2   # chopping the vegetables (busy)
WRITE = 4  # writing a chapter (busy)


def cook():
    print("cook: water on the stove")
    time.sleep(BOIL)  # stand by the stove until the water boils
    print("cook: the water boils")
    loopscope.busy(CHOP)
    print("cook: vegetables chopped")


def write():
    loopscope.busy(WRITE)
    print("write: chapter finished")


start = time.perf_counter()
cook()
write()
print(f"total: {round(time.perf_counter() - start)} minutes")
