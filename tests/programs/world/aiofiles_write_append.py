# world: files.json
# Writes change the world for the rest of the run; 'a' appends; open() sees the same file.
import asyncio
import aiofiles


async def main():
    async with aiofiles.open('out/log.txt', 'w') as f:
        print(await f.write('one\n'))  # expect: 4
    async with aiofiles.open('out/log.txt', 'a') as f:
        await f.write('two\n')
    async with aiofiles.open('out/log.txt') as f:
        print(repr(await f.read()))  # expect: 'one\ntwo\n'
    with open('out/log.txt') as f:
        print(f.readlines())  # expect: ['one\n', 'two\n']


asyncio.run(main())
