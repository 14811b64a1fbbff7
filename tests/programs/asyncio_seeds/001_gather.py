# seed 001, asyncio.gather: waits for all and returns results in argument order.
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
    result = await asyncio.gather(fetch_url(url), read_file(file_path))
    print(result)

if __name__ == '__main__':
    start = perf_counter()
    asyncio.run(main())
    end = perf_counter()
    print(f"Time taken: {round(end - start, 1)}")
# expect: Fetching example.com
# expect: Reading example.txt
# expect: Finished example.com
# expect: Finished example.txt
# expect: ['url_content', 'file_content']
# expect: Time taken: 1.0
