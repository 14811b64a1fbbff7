# Seed 001's "other async libraries": a web page with aiohttp and a file with aiofiles, taken
# in the order they complete.
import asyncio
from time import perf_counter

import aiofiles
import aiohttp


async def fetch_url(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=15)) as response:
            return await response.text()


async def read_file(file_path):
    async with aiofiles.open(file_path, "r") as f:
        return await f.read()  # the whole file as one string


async def main():
    tasks = [asyncio.create_task(fetch_url("http://www.example.com/")),
             asyncio.create_task(read_file("example.txt"))]
    for result in asyncio.as_completed(tasks):
        print(await result, end="")


if __name__ == "__main__":
    start = perf_counter()
    asyncio.run(main())
    print(f"Time taken: {round(perf_counter() - start, 1)}")
