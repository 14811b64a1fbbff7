# world: web.json
# With a bandwidth the body takes len(body) / bandwidth to arrive after the headers:
# 10 bytes at 4 bytes/s = 2.5 s after the 0.5 s latency. Reading it again costs nothing.
import asyncio
import aiohttp


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        async with session.get('http://example.com/big') as r:
            print(r.content_length, loop.time())  # expect: 10 0.5
            print(await r.text(), loop.time())  # expect: 0123456789 3.0
            print(await r.read(), loop.time())  # expect: b'0123456789' 3.0


asyncio.run(main())
