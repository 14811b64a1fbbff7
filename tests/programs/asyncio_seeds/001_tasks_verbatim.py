# seed 001 as printed: main() is called but never awaited, so nothing inside it runs.
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
    # asyncio.run(main())
    main()
    end = perf_counter()
    print(f"Time taken: {round(end - start, 1)}")
# expect: Time taken: 0.0
# expect stderr: prog.py:29: RuntimeWarning: coroutine 'main' was never awaited
# expect stderr:   main()
