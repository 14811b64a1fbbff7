# world: web.json
# ClientTimeout(total=2) on a server that needs 5 s: asyncio.TimeoutError after 2 s (aiohttp's
# total timeout covers the whole request).
import asyncio
import aiohttp


async def main():
    loop = asyncio.get_running_loop()
    timeout = aiohttp.ClientTimeout(total=2)
    print(timeout)  # expect: ClientTimeout(total=2, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5)
    async with aiohttp.ClientSession() as session:
        try:
            async with session.get('http://example.com/slow', timeout=timeout) as r:
                print('not reached')
        except asyncio.TimeoutError:
            print('timed out at', loop.time())  # expect: timed out at 2.0


asyncio.run(main())
