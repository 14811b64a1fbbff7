# asyncio.run's shutdown first cancels leftover tasks, then closes async generators that
# are still alive.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background task cancelled")

async def main():
    g = agen()
    await anext(g)
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main returns")
    return g

g = asyncio.run(main())
# expect: main returns
# expect: background task cancelled
# expect: generator closed
