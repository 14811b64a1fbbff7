# FIRST_EXCEPTION with no failures behaves like ALL_COMPLETED.
import asyncio

async def ok(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(ok(d)) for d in (0.2, 0.1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))

asyncio.run(main())
# expect: [0.1, 0.2] 0
