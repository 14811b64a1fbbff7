# The first child error cancels the other children and the body; ExceptionGroup results.
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")

async def sibling():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(sibling())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except ExceptionGroup as eg:
        print("group:", eg)
        print([repr(e) for e in eg.exceptions])

asyncio.run(main())
# expect: sibling cancelled
# expect: body cancelled
# expect: group: unhandled errors in a TaskGroup (1 sub-exception)
# expect: ["ValueError('child failed')"]
