# On timeout wait() returns what is done so far; pending tasks are not cancelled
# and no TimeoutError is raised.
import asyncio

async def job(v, d):
    await asyncio.sleep(d)
    print("finished", v)
    return v

async def main():
    tasks = [asyncio.create_task(job(v, d)) for v, d in [("a", 0.1), ("b", 0.5)]]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print([t.result() for t in done], len(pending))
    (p,) = pending
    print("pending cancelled?", p.cancelled())
    print(await p)

asyncio.run(main())
# expect: finished a
# expect: ['a'] 1
# expect: pending cancelled? False
# expect: finished b
# expect: b
