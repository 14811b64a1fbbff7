# After a TaskGroup aborts, the parent's cancelling() count is restored to 0.
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            await asyncio.sleep(1)
    except* ValueError:
        print("handled")
    print("cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0.1)
    print("main continues normally")

asyncio.run(main())
# expect: handled
# expect: cancelling: 0
# expect: main continues normally
