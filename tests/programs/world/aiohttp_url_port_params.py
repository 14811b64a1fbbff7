# world: web.json
# A non-default port and a query string are part of the URL; params= builds the query.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get('https://secure.example.com:8443/x', params={'q': 1}) as r:
            print(r.url, r.status, await r.text())  # expect: https://secure.example.com:8443/x?q=1 200 secure
        async with session.get('HTTPS://SECURE.example.com:8443/x?q=1') as r:
            print(r.status)  # expect: 200


asyncio.run(main())
