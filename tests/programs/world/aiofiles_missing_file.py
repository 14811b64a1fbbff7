# world: files.json
# A missing file fails when the open is awaited, with open()'s FileNotFoundError.
import asyncio
import aiofiles


async def main():
    try:
        async with aiofiles.open('nope.txt') as f:
            print('not reached')
    except FileNotFoundError as e:
        print(e)  # expect: [Errno 2] No such file or directory: 'nope.txt'
    await aiofiles.open('out')


asyncio.run(main())  # expect runtime error: IsADirectoryError: [Errno 21] Is a directory: 'out'
