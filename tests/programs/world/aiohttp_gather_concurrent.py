# world: web.json
# Three requests at once: the loop waits for all of them together, so the total time is the
# longest latency (2.0 s), not the sum (3.5 s).
import asyncio
import aiohttp


async def fetch(session, url):
    async with session.get(url) as r:
        return await r.text()


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        urls = ['http://example.com/a', 'http://example.com/b', 'http://example.com/c']
        pages = await asyncio.gather(*(fetch(session, u) for u in urls))
    print(pages)  # expect: ['page a', 'page b', 'page c']
    print(loop.time())  # expect: 2.0


asyncio.run(main())
