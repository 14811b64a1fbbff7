# world: web.json
# A path the server does not have: 404, and the body aiohttp's own web server sends
# ("404: Not Found"). No exception unless raise_for_status() is called (aiohttp docs).
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get('http://example.com/missing') as r:
            print(r.status, r.reason, r.ok)  # expect: 404 Not Found False
            print(await r.text())  # expect: 404: Not Found
    print(asyncio.get_running_loop().time())  # expect: 0.1


asyncio.run(main())
