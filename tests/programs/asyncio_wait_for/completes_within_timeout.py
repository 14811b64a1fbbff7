# wait_for returns the result when the awaitable finishes in time.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return "in time"

async def main():
    print(await asyncio.wait_for(job(), timeout=1))

asyncio.run(main())
# expect: in time
