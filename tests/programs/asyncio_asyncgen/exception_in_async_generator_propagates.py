# An exception inside the generator propagates out of the async for.
import asyncio

async def faulty():
    yield 1
    await asyncio.sleep(0)
    raise RuntimeError("generator broke")

async def main():
    try:
        async for x in faulty():
            print("got", x)
    except RuntimeError as e:
        print("caught", e)

asyncio.run(main())
# expect: got 1
# expect: caught generator broke
