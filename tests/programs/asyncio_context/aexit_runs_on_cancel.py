# When a task is cancelled inside async with, __aexit__ receives CancelledError.
import asyncio

class Guard:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("aexit with", exc_type.__name__)
        return False

async def worker():
    async with Guard():
        await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())

asyncio.run(main())
# expect: aexit with CancelledError
# expect: True
