# put_nowait on a full queue raises QueueFull.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.qsize(), q.maxsize)

asyncio.run(main())
# expect: True
# expect: QueueFull
# expect: 2 2
