# async for drives an async generator that awaits between items.
import asyncio

async def countdown(n):
    while n > 0:
        await asyncio.sleep(0.1)
        yield n
        n -= 1

async def main():
    async for x in countdown(3):
        print(x)
    print("liftoff")

asyncio.run(main())
# expect: 3
# expect: 2
# expect: 1
# expect: liftoff
