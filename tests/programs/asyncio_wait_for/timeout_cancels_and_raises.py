# On timeout the inner task is cancelled and the caller gets TimeoutError (the built-in one).
import asyncio

async def job():
    await asyncio.sleep(10)

async def main():
    try:
        await asyncio.wait_for(job(), timeout=0.1)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
# expect: timed out: TimeoutError True
