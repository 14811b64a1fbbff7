# world: seed_001.json
# seed 001, "其他的异步库" (other async libraries): aiohttp for the web and aiofiles for files.
# Needs the simulated web (one URL) and a simulated file example.txt.
from time import sleep, perf_counter
import asyncio
import aiohttp
import aiofiles

async def fetch_url(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=15)) as response:
            return await response.text()

async def read_file(file_path):
    async with aiofiles.open(file_path, 'r') as f:
        return await f.read()  # read the entire file as a string

async def main():
    url = 'http://www.baidu.com'
    file_path = 'example.txt'
    results = asyncio.as_completed([fetch_url(url), read_file(file_path)])
    for result in results:
        print(await result)

if __name__ == '__main__':
    start = perf_counter()
    asyncio.run(main())
    end = perf_counter()
    print(f"Time taken: {round(end - start, 1)}")
# The file (no disk cost) is ready before the page (0.5 s latency); as_completed yields it first.
# expect: Hello from example.txt
# expect: <html>百度一下，你就知道</html>
# expect: Time taken: 0.5
