# except* handles the exceptions of a TaskGroup by type.
import asyncio

async def raise_(exc):
    await asyncio.sleep(0.1)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_(ValueError("v")))
            tg.create_task(raise_(KeyError("k")))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])

asyncio.run(main())
# expect: ValueErrors: ['v']
# expect: KeyErrors: ["KeyError('k')"]
