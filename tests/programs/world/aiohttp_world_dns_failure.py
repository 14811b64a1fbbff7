# world: web.json
# A world URL can fail DNS on purpose ("error": "dns_failure"), after its own latency.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            await session.get('http://nodns.example.com/')
        except aiohttp.ClientConnectorDNSError as e:
            print(e, asyncio.get_running_loop().time())  # expect: Cannot connect to host nodns.example.com:80 ssl:default [Name or service not known] 0.6


asyncio.run(main())
