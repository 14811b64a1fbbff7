# The same two jobs as coroutines, wrapped in tasks: both wait at the same time.
import asyncio
from time import perf_counter

DELAY = 1  # seconds each job waits


async def fetch_url(url):
    print(f"Fetching {url}")
    await asyncio.sleep(DELAY)  # the loop runs the other task meanwhile
    print(f"Finished {url}")
    return "url_content"


async def read_file(file_path):
    print(f"Reading {file_path}")
    await asyncio.sleep(DELAY)
    print(f"Finished {file_path}")
    return "file_content"


async def main():
    task1 = asyncio.create_task(fetch_url("example.com"))
    task2 = asyncio.create_task(read_file("example.txt"))
    fetch_result = await task1
    read_result = await task2
    print(fetch_result, read_result)


if __name__ == "__main__":
    start = perf_counter()
    asyncio.run(main())
    print(f"Time taken: {round(perf_counter() - start, 1)}")
