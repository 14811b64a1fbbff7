# If an awaited coroutine swallows CancelledError, the task carries on; cancelling() stays 1.
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner swallowed it")
    return "inner result"

async def outer():
    r = await inner()
    print("outer continues with", r)
    await asyncio.sleep(0)
    print("cancelling() =", asyncio.current_task().cancelling())
    return "outer finished"

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)

asyncio.run(main())
# expect: inner swallowed it
# expect: outer continues with inner result
# expect: cancelling() = 1
# expect: outer finished
