# world: web.json
# json() on a text/plain body raises ContentTypeError ("Attempt to decode JSON with unexpected
# mimetype: ..."); content_type=None skips the check (aiohttp docs).
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get('http://example.com/a') as r:
            try:
                await r.json()
            except aiohttp.ContentTypeError as e:
                print(e.message)  # expect: Attempt to decode JSON with unexpected mimetype: text/plain; charset=utf-8
                print(isinstance(e, aiohttp.ClientResponseError), e.status)  # expect: True 200


asyncio.run(main())
