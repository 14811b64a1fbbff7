# contextlib.asynccontextmanager turns an async generator into an async context manager.
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def opened(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def main():
    async with opened("db") as h:
        print("using", h)

asyncio.run(main())
# expect: open db
# expect: using DB
# expect: close db
