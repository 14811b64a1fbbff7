# Cancelling a gather whose children all finished returns False.
import asyncio

async def main():
    g = asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2))
    print(await g)
    print(g.cancel(), g.cancelled())

asyncio.run(main())
# expect: [1, 2]
# expect: False False
