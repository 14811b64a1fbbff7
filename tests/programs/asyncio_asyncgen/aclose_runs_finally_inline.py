# await agen.aclose() runs the generator's finally block immediately, in the caller.
import asyncio

async def resource():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

async def main():
    g = resource()
    print(await anext(g))
    await g.aclose()
    print("after aclose")

asyncio.run(main())
# expect: 1
# expect: generator finally
# expect: after aclose
