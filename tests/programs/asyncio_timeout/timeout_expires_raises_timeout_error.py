# asyncio.timeout cancels the body at the deadline and turns that into TimeoutError at the
# end of the async with block.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1):
            print("body starts")
            await asyncio.sleep(10)
            print("never")
    except TimeoutError:
        print("TimeoutError")
    print("after")

asyncio.run(main())
# expect: body starts
# expect: TimeoutError
# expect: after
