# A failing task's exception is raised by the awaitable that as_completed yields for it.
import asyncio

async def ok():
    await asyncio.sleep(0.2)
    return "ok"

async def bad():
    await asyncio.sleep(0.1)
    raise KeyError("k")

async def main():
    for aw in asyncio.as_completed([asyncio.create_task(ok()), asyncio.create_task(bad())]):
        try:
            print(await aw)
        except KeyError as e:
            print("raised", repr(e))

asyncio.run(main())
# expect: raised KeyError('k')
# expect: ok
