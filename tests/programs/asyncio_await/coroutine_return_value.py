# The value of `await coro` is the coroutine's return value (None without a return).
import asyncio

async def nothing():
    pass

async def pair():
    return 1, 2

async def main():
    print(await nothing())
    a, b = await pair()
    print(a + b)

asyncio.run(main())
# expect: None
# expect: 3
