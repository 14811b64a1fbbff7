# A task still pending when main returns is cancelled by asyncio.run.
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at shutdown")
        raise

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    print("main returns")

asyncio.run(main())
print("after run")
# expect: main returns
# expect: background cancelled at shutdown
# expect: after run
