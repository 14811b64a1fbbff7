# wait_for(shield(t), timeout): the timeout cancels only the shield; t finishes later.
import asyncio

async def job():
    await asyncio.sleep(0.3)
    print("job finished")
    return "late result"

async def main():
    t = asyncio.create_task(job())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.1)
    except TimeoutError:
        print("timeout, job still running:", not t.done())
    print(await t)

asyncio.run(main())
# expect: timeout, job still running: True
# expect: job finished
# expect: late result
