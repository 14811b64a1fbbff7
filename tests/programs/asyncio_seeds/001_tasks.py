# seed 001, "编写协程" (writing coroutines): wrap both coroutines in tasks; total 1 s instead of 2 s.
# (The seed calls main() without asyncio.run; see 001_tasks_verbatim.py for what that does.)
from time import sleep, perf_counter
import asyncio

async def fetch_url(url):
    print(f"Fetching {url}")
    await asyncio.sleep(1)
    print(f"Finished {url}")
    return 'url_content'

async def read_file(file_path):
    print(f"Reading {file_path}")
    await asyncio.sleep(1)
    print(f"Finished {file_path}")
    return 'file_content'

async def main():
    url = 'example.com'
    file_path = 'example.txt'
    task1 = asyncio.create_task(fetch_url(url))
    task2 = asyncio.create_task(read_file(file_path))
    fetch_result = await task1
    read_result = await task2
    print(fetch_result)
    print(read_result)

if __name__ == '__main__':
    start = perf_counter()
    asyncio.run(main())
    end = perf_counter()
    print(f"Time taken: {round(end - start, 1)}")
# expect: Fetching example.com
# expect: Reading example.txt
# expect: Finished example.com
# expect: Finished example.txt
# expect: url_content
# expect: file_content
# expect: Time taken: 1.0
