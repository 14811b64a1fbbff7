"""CPython stand-in for the part of aiofiles the lessons use: `async with aiofiles.open(...)`,
await read()/write()/readline(), and `async for line in f`. Like real aiofiles, every operation
gives the event loop at least one turn before it completes (real aiofiles runs it in a worker
thread); here the file operation itself happens at once on the real file, which
verify_with_cpython.py has created from the lesson's world.
"""

import asyncio
import builtins


class _AsyncFile:
    def __init__(self, file):
        self._file = file

    async def read(self, *args):
        await asyncio.sleep(0)
        return self._file.read(*args)

    async def readline(self):
        await asyncio.sleep(0)
        return self._file.readline()

    async def write(self, text):
        await asyncio.sleep(0)
        return self._file.write(text)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line

    async def close(self):
        await asyncio.sleep(0)
        self._file.close()


class _Opener:
    def __init__(self, args, kwargs):
        self._args, self._kwargs, self._file = args, kwargs, None

    def __await__(self):
        return self._open().__await__()

    async def _open(self):
        await asyncio.sleep(0)
        self._file = _AsyncFile(builtins.open(*self._args, **self._kwargs))
        return self._file

    async def __aenter__(self):
        return await self._open()

    async def __aexit__(self, *exc):
        await self._file.close()
        return False


def open(*args, **kwargs):
    return _Opener(args, kwargs)
