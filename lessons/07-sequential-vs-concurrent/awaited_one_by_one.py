# Coroutines, but awaited one after the other without tasks: still sequential.
import asyncio
from time import perf_counter

DELAY = 1  # seconds each job waits


async def fetch_url(url):
    print(f"Fetching {url}")
    await asyncio.sleep(DELAY)
    print(f"Finished {url}")
    return "url_content"


async def read_file(file_path):
    print(f"Reading {file_path}")
    await asyncio.sleep(DELAY)
    print(f"Finished {file_path}")
    return "file_content"


async def main():
    fetch_result = await fetch_url("example.com")  # read_file does not exist yet
    read_result = await read_file("example.txt")
    print(fetch_result, read_result)


if __name__ == "__main__":
    start = perf_counter()
    asyncio.run(main())
    print(f"Time taken: {round(perf_counter() - start, 1)}")
