# world: files.json
# Binary mode reads and writes bytes.
import asyncio
import aiofiles


async def main():
    async with aiofiles.open('out/data.bin', 'wb') as f:
        await f.write(bytes([0, 1, 2, 255]))
    async with aiofiles.open('out/data.bin', 'rb') as f:
        print(await f.read())  # expect: b'\x00\x01\x02\xff'


asyncio.run(main())
