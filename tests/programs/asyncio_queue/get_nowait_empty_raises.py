# get_nowait on an empty queue raises QueueEmpty (its str() is empty).
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(str(e)))

asyncio.run(main())
# expect: QueueEmpty ''
