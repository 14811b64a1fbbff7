# world: slow_disk.json
# On a slow disk (0.5 s per operation + 100 bytes/s) two files read concurrently take as long
# as the slower one: a.txt needs open 0.5 + read 0.5 + 100 bytes / 100 = 2.0 s (closing is free),
# b.txt 0.5 + 0.5 + 0.5 = 1.5 s; fast.txt has no latency, so only its 5 bytes take time.
import asyncio
import aiofiles


async def read(name):
    async with aiofiles.open(name) as f:
        data = await f.read()
    return name, len(data), asyncio.get_running_loop().time()


async def main():
    print(await asyncio.gather(read('a.txt'), read('b.txt')))  # expect: [('a.txt', 100, 2.0), ('b.txt', 50, 1.5)]
    print(await read('fast.txt'))  # expect: ('fast.txt', 5, 2.05)


asyncio.run(main())
