# world: web.json
# raise_for_status() raises ClientResponseError for a status >= 400; its str() is
# "STATUS, message='REASON', url='URL'" (aiohttp.client_exceptions, 3.10+).
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get('http://example.com/secret') as r:
            try:
                r.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(e.status, e.message)  # expect: 403 Forbidden
                print(e)  # expect: 403, message='Forbidden', url='http://example.com/secret'
                print(isinstance(e, aiohttp.ClientError))  # expect: True


asyncio.run(main())
