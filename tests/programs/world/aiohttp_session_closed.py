# world: web.json
# A closed session refuses new requests: RuntimeError('Session is closed') (aiohttp).
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        pass
    print(session.closed)  # expect: True
    await session.get('http://example.com/a')


asyncio.run(main())  # expect runtime error: RuntimeError: Session is closed
