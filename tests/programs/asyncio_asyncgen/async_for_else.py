# async for supports an else clause that runs when the loop was not broken.
import asyncio

async def agen():
    yield 1
    yield 2

async def main():
    async for x in agen():
        print(x)
    else:
        print("exhausted")

asyncio.run(main())
# expect: 1
# expect: 2
# expect: exhausted
