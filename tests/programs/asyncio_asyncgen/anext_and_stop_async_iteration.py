# __anext__ returns awaitables; an exhausted generator raises StopAsyncIteration.
import asyncio

async def two():
    yield "a"
    yield "b"

async def main():
    g = two()
    print(await g.__anext__())
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(g, "default"))

asyncio.run(main())
# expect: a
# expect: b
# expect: StopAsyncIteration
# expect: default
