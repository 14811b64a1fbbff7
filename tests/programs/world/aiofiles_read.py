# world: files.json
# aiofiles.open(...) with `async with`, then `await f.read()` (aiofiles docs).
import asyncio
import aiofiles


async def main():
    async with aiofiles.open('example.txt', 'r') as f:
        text = await f.read()
    print(text.splitlines())  # expect: ['first line', 'second line', 'third line']
    print(f.closed)  # expect: True


asyncio.run(main())
