# CPU-bound work in threads: the GIL lets one thread compute at a time.
import time
from concurrent.futures import ThreadPoolExecutor

import loopscope

JOBS = 4  # jobs of 1 s of computation each


def compute(i):
    loopscope.busy(1)
    return i


if __name__ == "__main__":
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        list(pool.map(compute, range(JOBS)))
    print(f"threads, CPU-bound: {round(time.perf_counter() - start)} s")
