# world: web.json
# A server that never answers: only the session's timeout ends the wait; uncaught, it is a
# plain TimeoutError (asyncio.TimeoutError is TimeoutError since 3.11).
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=3)) as session:
        print(session.timeout.total)  # expect: 3
        await session.get('http://hang.example.com/')


asyncio.run(main())  # expect runtime error: TimeoutError
