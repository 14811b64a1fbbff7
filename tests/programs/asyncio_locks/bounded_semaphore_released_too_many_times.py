# BoundedSemaphore refuses a release beyond its initial value.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        pass
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
# expect: ValueError: BoundedSemaphore released too many times
