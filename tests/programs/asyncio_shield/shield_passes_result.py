# Without cancellation, shield is transparent.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return 11

async def main():
    print(await asyncio.shield(job()))

asyncio.run(main())
# expect: 11
