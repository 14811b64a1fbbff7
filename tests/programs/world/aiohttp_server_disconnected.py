# world: web.json
# "error": "server_disconnected": ServerDisconnectedError("Server disconnected").
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        try:
            await session.get('http://gone.example.com/')
        except aiohttp.ClientError as e:
            print(type(e).__name__, e)  # expect: ServerDisconnectedError Server disconnected
            print(isinstance(e, aiohttp.ServerConnectionError))  # expect: True


asyncio.run(main())
