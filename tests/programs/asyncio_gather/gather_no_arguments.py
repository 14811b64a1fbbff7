# gather() with no arguments is an already-done future with result [].
import asyncio

async def main():
    g = asyncio.gather()
    print(g.done(), g.result())
    print(await g)

asyncio.run(main())
# expect: True []
# expect: []
