# world: web.json
# `resp = await session.get(url)` works as well as `async with` (aiohttp docs: the request
# context manager is also awaitable); release() hands the connection back.
import asyncio
import aiohttp


async def main():
    session = aiohttp.ClientSession()
    resp = await session.get('http://example.com/a')
    print(resp.status, await resp.text())  # expect: 200 page a
    print(resp.url)  # expect: http://example.com/a
    print(repr(resp.url))  # expect: URL('http://example.com/a')
    resp.release()
    await session.close()
    print(session.closed)  # expect: True


asyncio.run(main())
