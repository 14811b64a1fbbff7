# The same previews, one page after the other: every latency adds up.
import asyncio
import time

import aiohttp

PAGES = [
    "http://textfiles.com/adventure/amforever.txt",
    "http://textfiles.com/adventure/ballyhoo.txt",
    "http://textfiles.com/adventure/bardstale.txt",
]


async def print_preview(session, url):
    async with session.get(url) as response:
        text = await response.text()
    lines = [line for line in text.split("\n") if line]
    print("-" * 40)
    print(url.rsplit("/", 1)[1], "after", round(time.perf_counter() - start, 1), "s")
    for line in lines[:3]:
        print("   ", line)


async def main():
    async with aiohttp.ClientSession() as session:
        for url in PAGES:
            await print_preview(session, url)


start = time.perf_counter()
asyncio.run(main())
