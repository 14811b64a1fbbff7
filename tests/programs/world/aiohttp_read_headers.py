# world: web.json
# read() gives bytes; headers are case-insensitive, in the order the server sent them.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get('http://api.example.com/headers') as r:
            print(await r.read())  # expect: b'ok'
            print(r.headers['content-length'], r.headers.get('x-request-id'))  # expect: 2 42
            print('Server' in r.headers, r.headers.get('X-Missing'))  # expect: True None
            print(list(r.headers.keys()))  # expect: ['Content-Type', 'Content-Length', 'X-Request-Id', 'Server']


asyncio.run(main())
