# world: files.json
# readline, readlines, tell and seek are awaited too.
import asyncio
import aiofiles


async def main():
    f = await aiofiles.open('example.txt')
    print(repr(await f.readline()))  # expect: 'first line\n'
    print(await f.tell())  # expect: 11
    print(await f.readlines())  # expect: ['second line\n', 'third line\n']
    await f.seek(0)
    print(repr(await f.read(5)))  # expect: 'first'
    await f.close()


asyncio.run(main())
