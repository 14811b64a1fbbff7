// `aiofiles` on the simulated world's files, as Python run at first import (world_io.cpp
// registers it): aiofiles.open() (awaited, or with `async with`) and the async file objects
// (read, readline, readlines, write, writelines, seek, tell, flush, close, `async for`).
//
// Real aiofiles runs each call of the blocking file in a worker thread and awaits it. Here the
// file is the same world file open() uses, opened non-blocking: an operation moves the data at
// once and leaves its cost (the disk's latency + bytes / bandwidth, engine/WORLD.md) in the
// file; the coroutine then awaits that much virtual time as one simulated I/O operation, so
// every call suspends the task (as the thread hand-off does) and the trace shows it.

namespace ls {

extern const char* const kAiofilesPrelude;
const char* const kAiofilesPrelude = R"PY(
import _world


class _AsyncFile:
    def __init__(self, file):
        self._file = file

    async def _done(self, what, result):
        # The operation has run on the world; its time passes here.
        return await _world.io_wait(self._file._take_cost(), what + ' ' + str(self._file.name), result)

    @property
    def name(self):
        return self._file.name

    @property
    def mode(self):
        return self._file.mode

    @property
    def closed(self):
        return self._file.closed

    async def read(self, size=-1):
        return await self._done('read', self._file.read(size))

    async def readline(self, size=-1):
        return await self._done('read', self._file.readline(size))

    async def readlines(self, hint=-1):
        return await self._done('read', self._file.readlines(hint))

    async def write(self, data):
        return await self._done('write', self._file.write(data))

    async def writelines(self, lines):
        return await self._done('write', self._file.writelines(lines))

    async def seek(self, offset, whence=0):
        return await self._done('seek', self._file.seek(offset, whence))

    async def tell(self):
        return await self._done('tell', self._file.tell())

    async def truncate(self, size=None):
        return await self._done('truncate', self._file.truncate(size))

    async def flush(self):
        return await self._done('flush', self._file.flush())

    async def close(self):
        return await self._done('close', self._file.close())

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


class AsyncTextIOWrapper(_AsyncFile):
    pass


class AsyncBufferedReader(_AsyncFile):
    pass


class AsyncBufferedIOBase(_AsyncFile):
    pass


AsyncTextIOWrapper.__module__ = 'aiofiles.threadpool.text'
AsyncBufferedReader.__module__ = 'aiofiles.threadpool.binary'
AsyncBufferedIOBase.__module__ = 'aiofiles.threadpool.binary'


class AiofilesContextManager:
    # What aiofiles.open() returns: awaited, or used with `async with`; the file opens then.
    def __init__(self, args):
        self._args = args
        self._obj = None

    def _open(self):
        file, mode, buffering, encoding, errors, newline = self._args
        try:
            f = _world.open(file, mode, buffering, encoding, errors, newline)
        except OSError as e:
            return _world.io_wait(0, 'open ' + str(file), None, e)
        if 'b' not in f.mode:
            wrapper = AsyncTextIOWrapper(f)
        elif 'r' in f.mode and '+' not in f.mode:
            wrapper = AsyncBufferedReader(f)
        else:
            wrapper = AsyncBufferedIOBase(f)
        return _world.io_wait(f._take_cost(), 'open ' + str(file), wrapper)

    def __await__(self):
        return self._open().__await__()

    async def __aenter__(self):
        self._obj = await self._open()
        return self._obj

    async def __aexit__(self, exc_type, exc, tb):
        await self._obj.close()
        self._obj = None


AiofilesContextManager.__module__ = 'aiofiles.base'


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None,
         *, loop=None, executor=None):
    return AiofilesContextManager((file, mode, buffering, encoding, errors, newline))
)PY";

}  // namespace ls
