# world: web.json
# The same three requests one after another: the latencies add up (1.0 + 2.0 + 0.5).
import asyncio
import aiohttp


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        for url in ['http://example.com/a', 'http://example.com/b', 'http://example.com/c']:
            async with session.get(url) as r:
                print(await r.text(), loop.time())
# expect: page a 1.0
# expect: page b 3.0
# expect: page c 3.5


asyncio.run(main())
