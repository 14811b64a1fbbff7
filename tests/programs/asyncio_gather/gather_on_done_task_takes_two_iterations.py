# 3.11: gather(done_task) still suspends the caller for two iterations.
import asyncio

async def ticker():
    for i in range(1, 4):
        print("iteration", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(asyncio.sleep(0, "r"))
    await t
    asyncio.create_task(ticker())
    print(await asyncio.gather(t))

asyncio.run(main())
# expect: iteration 1
# expect: iteration 2
# expect: ['r']
# expect: iteration 3
