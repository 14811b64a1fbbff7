# world: web.json
# as_completed hands the pages over in the order they arrive (fastest first).
import asyncio
import aiohttp


async def fetch(session, url):
    async with session.get(url) as r:
        return url[-1], await r.text()


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        coros = [fetch(session, 'http://example.com/' + p) for p in 'abc']
        for next_done in asyncio.as_completed(coros):
            name, text = await next_done
            print(name, text, loop.time())
# expect: c page c 0.5
# expect: a page a 1.0
# expect: b page b 2.0


asyncio.run(main())
