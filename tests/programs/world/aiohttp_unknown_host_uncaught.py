# An empty world: every host is unknown.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get('https://www.python.org/') as r:
            print('not reached')


asyncio.run(main())  # expect runtime error: aiohttp.client_exceptions.ClientConnectorDNSError: Cannot connect to host www.python.org:443 ssl:default [Name or service not known]
