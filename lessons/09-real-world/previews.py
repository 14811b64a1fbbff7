# Seed 000's real-world example: download pages concurrently, print a 3-line preview of each,
# and append a one-line summary to a file with aiofiles. The web and the disk are simulated.
import asyncio
import time

import aiofiles
import aiohttp

PAGES = [
    "http://textfiles.com/adventure/amforever.txt",
    "http://textfiles.com/adventure/ballyhoo.txt",
    "http://textfiles.com/adventure/bardstale.txt",
]


async def print_preview(session, url):
    async with session.get(url) as response:  # wait for the server to answer
        text = await response.text()
    lines = [line for line in text.split("\n") if line]
    print("-" * 40)
    print(url.rsplit("/", 1)[1], "after", round(time.perf_counter() - start, 1), "s")
    for line in lines[:3]:
        print("   ", line)
    async with aiofiles.open("previews.txt", "a") as f:
        await f.write(f"{url}: {lines[0]}\n")


async def main():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(print_preview(session, url) for url in PAGES))
    async with aiofiles.open("previews.txt") as f:
        print("previews.txt now holds:")
        print(await f.read(), end="")


start = time.perf_counter()
asyncio.run(main())
