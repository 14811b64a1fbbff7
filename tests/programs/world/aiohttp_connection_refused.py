# world: web.json
# "error": "connection_refused": ClientConnectorError over ConnectionRefusedError(111,
# "Connect call failed ('IP', PORT)"), as aiohttp reports a refused connect.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            await session.get('http://down.example.com/')
        except aiohttp.ClientConnectorError as e:
            print(type(e).__name__)  # expect: ClientConnectorError
            print(e)  # expect: Cannot connect to host down.example.com:80 ssl:default [Connect call failed ('10.0.0.7', 80)]
            print(e.errno, type(e.os_error).__name__)  # expect: 111 ConnectionRefusedError
    print(asyncio.get_running_loop().time())  # expect: 0.4


asyncio.run(main())
