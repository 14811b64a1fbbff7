# Two people, two processes on two cores: one cooks, the other writes.
# Times are in minutes (seconds when you run this file with python3).
import multiprocessing
import time

import loopscope

BOIL = 3   # the water takes this long to boil (waiting)
CHOP = 2   # chopping the vegetables (busy)
WRITE = 4  # writing a chapter (busy)


def cook():
    print("cook: water on the stove", flush=True)
    time.sleep(BOIL)  # this person may stand and wait: the other one writes meanwhile
    print("cook: the water boils", flush=True)
    loopscope.busy(CHOP)
    print("cook: vegetables chopped", flush=True)


def write():
    loopscope.busy(WRITE)
    print("write: chapter finished", flush=True)


if __name__ == "__main__":
    start = time.perf_counter()
    cook_process = multiprocessing.Process(target=cook)
    write_process = multiprocessing.Process(target=write)
    cook_process.start()
    write_process.start()
    cook_process.join()
    write_process.join()
    print(f"total: {round(time.perf_counter() - start)} minutes")
