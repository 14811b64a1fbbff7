# world: web.json
# A host no URL of the world uses fails DNS: ClientConnectorDNSError (a ClientConnectorError,
# ClientOSError and OSError), "Cannot connect to host H:P ssl:default [Name or service not
# known]", after the network's latency (aiohttp 3.10+ client_exceptions).
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            async with session.get('http://nowhere.example.org/page') as r:
                print('not reached')
        except aiohttp.ClientConnectorError as e:
            print(type(e).__name__)  # expect: ClientConnectorDNSError
            print(e)  # expect: Cannot connect to host nowhere.example.org:80 ssl:default [Name or service not known]
            print(e.host, e.port)  # expect: nowhere.example.org 80
            print(isinstance(e, aiohttp.ClientConnectionError), isinstance(e, OSError))  # expect: True True
    print(asyncio.get_running_loop().time())  # expect: 0.1


asyncio.run(main())
