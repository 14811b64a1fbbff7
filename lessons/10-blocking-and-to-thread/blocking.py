# A blocking call inside a coroutine: time.sleep stops the whole event loop, so nothing overlaps.
import asyncio
import time


async def fetch_url(url):
    await asyncio.sleep(1)
    return "url_content"


async def read_file(file_path):
    await asyncio.sleep(3)
    return "file_content"


def legacy_report():
    time.sleep(2)  # an old blocking library call
    return "report"


async def make_report():
    return legacy_report()  # called directly: the loop is stuck for 2 s


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(fetch_url("example.com")),
             asyncio.create_task(read_file("example.txt")),
             asyncio.create_task(make_report())]
    for next_done in asyncio.as_completed(tasks):
        print(await next_done, "at", round(time.perf_counter() - start))


asyncio.run(main())
