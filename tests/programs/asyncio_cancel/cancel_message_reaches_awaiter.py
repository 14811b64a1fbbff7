# cancel(msg): the task sees CancelledError(msg) and so does whoever awaits it.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("worker sees", repr(e))
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", repr(e))

asyncio.run(main())
# expect: worker sees CancelledError('shutting down')
# expect: main sees CancelledError('shutting down')
