# world: web.json
# A URL can answer each method differently ("methods" in the world).
import asyncio
import aiohttp


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        async with session.post('http://example.com/form', data={'name': 'Ada'}) as r:
            print(r.method, r.status, r.reason, await r.text(), loop.time())  # expect: POST 201 Created created 0.7
        async with session.get('http://example.com/form') as r:
            print(r.method, r.status, await r.text(), loop.time())  # expect: GET 200 form page 1.0


asyncio.run(main())
