# world: files.json
# `async for line in f` reads line by line, each line an awaited operation.
import asyncio
import aiofiles


async def main():
    async with aiofiles.open('notes/todo.txt') as f:
        async for line in f:
            print(line.rstrip())
# expect: buy milk
# expect: write book


asyncio.run(main())
