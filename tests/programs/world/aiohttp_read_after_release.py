# world: web.json
# Leaving `async with session.get(...)` releases the connection; a body not read by then can
# no longer be read: ClientConnectionError('Connection closed').
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get('http://example.com/a') as r:
            pass
        try:
            await r.text()
        except aiohttp.ClientConnectionError as e:
            print(type(e).__name__, e)  # expect: ClientConnectionError Connection closed


asyncio.run(main())
