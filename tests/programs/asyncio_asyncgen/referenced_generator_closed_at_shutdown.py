# A generator still referenced when main returns is closed by asyncio.run's shutdown.
import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("closed at shutdown")

async def main():
    g = gen()
    print(await anext(g))
    print("main returns")
    return g

kept = asyncio.run(main())
print("after asyncio.run")
# expect: 1
# expect: main returns
# expect: closed at shutdown
# expect: after asyncio.run
