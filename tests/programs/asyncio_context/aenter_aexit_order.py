# async with awaits __aenter__ before the body and __aexit__ after it.
import asyncio

class Resource:
    async def __aenter__(self):
        print("aenter")
        await asyncio.sleep(0)
        return "handle"

    async def __aexit__(self, exc_type, exc, tb):
        print("aexit", exc_type)
        await asyncio.sleep(0)
        return False

async def main():
    async with Resource() as r:
        print("body with", r)
    print("after")

asyncio.run(main())
# expect: aenter
# expect: body with handle
# expect: aexit None
# expect: after
