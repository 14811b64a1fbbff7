# asyncio.run cannot be called while a loop is running in the same thread.
import asyncio

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

asyncio.run(main())
# expect: RuntimeError: asyncio.run() cannot be called from a running event loop
