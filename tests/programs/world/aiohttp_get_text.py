# world: web.json
# Expectations follow aiohttp's documented behaviour (python3 here has no aiohttp): the
# response arrives after the URL's latency, status/reason/text() as the server sent them.
import asyncio
import aiohttp


async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        async with session.get('http://example.com/') as response:
            print(response.status, response.reason)  # expect: 200 OK
            print(response.ok)  # expect: True
            print(loop.time())  # expect: 1.5
            text = await response.text()
            print(text.splitlines())  # expect: ['<h1>Hello</h1>', '<p>world</p>']
            print(response.content_type, response.charset)  # expect: text/html utf-8


asyncio.run(main())
