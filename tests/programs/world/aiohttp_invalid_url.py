# world: web.json
# A URL without http:// or https:// raises NonHttpUrlClientError (aiohttp 3.10+), whose str()
# is the URL.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            await session.get('example.com/a')
        except aiohttp.ClientError as e:
            print(type(e).__name__, e)  # expect: NonHttpUrlClientError example.com/a


asyncio.run(main())
