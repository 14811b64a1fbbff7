# CPU-bound work in processes: each has its own interpreter and GIL, so two cores compute at once.
import time
from concurrent.futures import ProcessPoolExecutor

import loopscope

JOBS = 4  # jobs of 1 s of computation each


def compute(i):
    loopscope.busy(1)
    return i


if __name__ == "__main__":
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(compute, range(JOBS)))
    print(f"2 processes, CPU-bound: {round(time.perf_counter() - start)} s")
