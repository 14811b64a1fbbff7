# If the cancelled inner task raises another exception while cleaning up, wait_for
# propagates that exception instead of TimeoutError.
import asyncio

async def job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")

async def main():
    try:
        await asyncio.wait_for(job(), 0.1)
    except TimeoutError:
        print("TimeoutError")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
# expect: ValueError: cleanup failed
