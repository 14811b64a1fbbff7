# wait([done_task]) still suspends: the caller resumes two iterations later (3.11).
import asyncio

async def ticker():
    for i in range(1, 4):
        print("iteration", i)
        await asyncio.sleep(0)

async def quick():
    return 1

async def main():
    t = asyncio.create_task(quick())
    await t
    asyncio.create_task(ticker())
    done, pending = await asyncio.wait([t])
    print("wait returned", len(done), len(pending))

asyncio.run(main())
# expect: iteration 1
# expect: iteration 2
# expect: wait returned 1 0
# expect: iteration 3
