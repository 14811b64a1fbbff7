# the mistake seed 001 warns about: a blocking time.sleep inside a coroutine stalls the whole loop,
# so the "concurrent" version takes 2 s again.
from time import sleep, perf_counter
import asyncio

async def fetch_url(url):
    print(f"Fetching {url}")
    sleep(1)
    print(f"Finished {url}")
    return 'url_content'

async def read_file(file_path):
    print(f"Reading {file_path}")
    sleep(1)
    print(f"Finished {file_path}")
    return 'file_content'

async def main():
    print(await asyncio.gather(fetch_url('example.com'), read_file('example.txt')))

start = perf_counter()
asyncio.run(main())
print(f"Time taken: {round(perf_counter() - start, 1)}")
# expect: Fetching example.com
# expect: Finished example.com
# expect: Reading example.txt
# expect: Finished example.txt
# expect: ['url_content', 'file_content']
# expect: Time taken: 2.0
