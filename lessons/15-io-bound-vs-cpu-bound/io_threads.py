# I/O-bound work in threads: a waiting thread releases the GIL, so the waits overlap too.
import time
from concurrent.futures import ThreadPoolExecutor

JOBS = 4  # jobs that wait 1 s each


def fetch(i):
    time.sleep(1)  # waiting for the network (blocking, but it releases the GIL)
    return i


if __name__ == "__main__":
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        list(pool.map(fetch, range(JOBS)))
    print(f"threads, I/O-bound: {round(time.perf_counter() - start)} s")
