# world: slow_disk.json
# nodiff: the world's disk costs time (0.5 s per operation); python3's real disk does not
# open() blocks: while a coroutine reads a file the event loop cannot run the other task, so
# its 0.1 s sleep ends only after the read (open 0.5 + read 0.5 + 1.0 for 100 bytes = 2.0 s).
import asyncio


async def ticker():
    await asyncio.sleep(0.1)
    print('tick at', asyncio.get_running_loop().time())


async def reader():
    with open('a.txt') as f:
        data = f.read()
    print('read', len(data), 'at', asyncio.get_running_loop().time())


async def main():
    await asyncio.gather(ticker(), reader())


asyncio.run(main())
# expect: read 100 at 2.0
# expect: tick at 2.0
