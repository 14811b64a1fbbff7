# async with lock releases the lock even when the body raises.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print("inside, locked =", lock.locked())
            raise ValueError("body")
    except ValueError:
        pass
    print("after, locked =", lock.locked())

asyncio.run(main())
# expect: inside, locked = True
# expect: after, locked = False
