# A finally block may await during cancellation; the task is cancelled once it finishes.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("finally starts")
        await asyncio.sleep(0.1)
        print("finally ends")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main sees cancellation")

asyncio.run(main())
# expect: finally starts
# expect: finally ends
# expect: main sees cancellation
