# world: web.json
# A session-wide timeout applies to each request; a fast one completes, a slow one times out.
import asyncio
import aiohttp


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=1)) as session:
        async with session.get('http://example.com/c') as r:
            print(await r.text(), loop.time())  # expect: page c 0.5
        try:
            await session.get('http://example.com/b')
        except asyncio.TimeoutError as e:
            print(type(e).__name__, loop.time())  # expect: TimeoutError 1.5


asyncio.run(main())
