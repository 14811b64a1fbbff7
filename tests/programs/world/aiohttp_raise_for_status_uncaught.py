# world: web.json
# Uncaught, the exception prints with its module as aiohttp defines it.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession(raise_for_status=True) as session:
        async with session.get('http://example.com/secret') as r:
            print('not reached')


asyncio.run(main())  # expect runtime error: aiohttp.client_exceptions.ClientResponseError: 403, message='Forbidden', url='http://example.com/secret'
