# world: web.json
# HEAD gets the headers without a body.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.head('http://example.com/a') as r:
            print(r.status, r.headers['Content-Length'], await r.read())  # expect: 200 6 b''


asyncio.run(main())
