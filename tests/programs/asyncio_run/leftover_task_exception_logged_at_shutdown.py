# A leftover task that raises a non-cancel exception while being cancelled at shutdown is
# logged as "unhandled exception during asyncio.run() shutdown".
import asyncio

async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")

async def main():
    asyncio.create_task(bad_cleanup())
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("run returned")
# expect: main done
# expect: run returned
# expect stderr: unhandled exception during asyncio.run() shutdown
# expect stderr: ValueError: cleanup failed
