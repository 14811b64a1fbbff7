# Async comprehensions collect from async generators; await works inside comprehensions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    return 2 * x

async def main():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x: await double(x) for x in range(3)})
    print({x async for x in agen(3)})

asyncio.run(main())
# expect: [0, 1, 2, 3]
# expect: [1, 3, 5]
# expect: {0: 0, 1: 2, 2: 4}
# expect: {0, 1, 2}
