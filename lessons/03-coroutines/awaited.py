# The coroutine runs when something drives it: here `await` inside main, and asyncio.run(main()).
import asyncio


async def greet(name):
    print("hello,", name)
    return len(name)


async def main():
    coro = greet("Ada")
    print("created a", type(coro).__name__)
    result = await coro  # now greet runs, until it returns
    print("greet returned", result)


asyncio.run(main())
