# FIRST_COMPLETED returns as soon as one finishes; the rest keep running.
import asyncio

async def job(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    tasks = [asyncio.create_task(job(v, d)) for v, d in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done2, pending2 = await asyncio.wait(pending)
    print(sorted(t.result() for t in done2), len(pending2))

asyncio.run(main())
# expect: ['fast'] 2
# expect: ['mid', 'slow'] 0
