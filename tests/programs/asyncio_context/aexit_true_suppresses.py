# __aexit__ returning True suppresses the exception.
import asyncio

class Suppress:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        return exc_type is ValueError

async def main():
    async with Suppress():
        raise ValueError("swallowed")
    print("continued after suppression")

asyncio.run(main())
# expect: continued after suppression
