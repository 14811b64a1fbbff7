# join() with no unfinished items returns immediately.
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print("joined at once")

asyncio.run(main())
# expect: joined at once
