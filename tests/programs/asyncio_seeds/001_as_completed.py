# seed 001, asyncio.as_completed: results in the order the coroutines finish.
# (read_file is made faster here so that the completion order differs from the argument order.)
from time import sleep, perf_counter
import asyncio

async def fetch_url(url):
    print(f"Fetching {url}")
    await asyncio.sleep(1)
    print(f"Finished {url}")
    return 'url_content'

async def read_file(file_path):
    print(f"Reading {file_path}")
    await asyncio.sleep(0.5)
    print(f"Finished {file_path}")
    return 'file_content'

async def main():
    url = 'example.com'
    file_path = 'example.txt'
    # The seed passes bare coroutines; as_completed wraps them in set order, so which one
    # starts first varies between CPython runs. Tasks fix the start order.
    tasks = [asyncio.create_task(fetch_url(url)), asyncio.create_task(read_file(file_path))]
    results = asyncio.as_completed(tasks)
    for result in results:
        print(await result)

if __name__ == '__main__':
    start = perf_counter()
    asyncio.run(main())
    end = perf_counter()
    print(f"Time taken: {round(end - start, 1)}")
# expect: Fetching example.com
# expect: Reading example.txt
# expect: Finished example.txt
# expect: file_content
# expect: Finished example.com
# expect: url_content
# expect: Time taken: 1.0
