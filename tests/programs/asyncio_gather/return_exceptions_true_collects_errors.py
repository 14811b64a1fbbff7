# return_exceptions=True puts exception objects in the result list.
import asyncio

async def ok(v):
    await asyncio.sleep(0.1)
    return v

async def bad(msg):
    await asyncio.sleep(0.1)
    raise ValueError(msg)

async def main():
    results = await asyncio.gather(ok(1), bad("oops"), ok(3), return_exceptions=True)
    print(results)

asyncio.run(main())
# expect: [1, ValueError('oops'), 3]
