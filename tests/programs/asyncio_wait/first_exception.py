# FIRST_EXCEPTION returns when a task raises; wait() itself never raises it.
import asyncio

async def ok(d):
    await asyncio.sleep(d)
    return d

async def bad():
    await asyncio.sleep(0.2)
    raise ValueError("bad")

async def main():
    tasks = [asyncio.create_task(ok(0.1)), asyncio.create_task(bad()), asyncio.create_task(ok(0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    print(sorted(repr(t.exception()) for t in done))
    for t in pending:
        t.cancel()

asyncio.run(main())
# expect: 2 1
# expect: ['None', "ValueError('bad')"]
