# maxsize <= 0 means unbounded: full() is never True.
import asyncio

async def main():
    q = asyncio.Queue(0)
    for i in range(1000):
        q.put_nowait(i)
    print(q.qsize(), q.full(), q.maxsize)

asyncio.run(main())
# expect: 1000 False 0
