# A negative delay behaves like sleep(0): one iteration, no timer.
import asyncio

async def ticker():
    for i in range(1, 4):
        print("iteration", i)
        await asyncio.sleep(0)

async def main():
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(-5)
    print("after sleep(-5)")
    await tk

asyncio.run(main())
# expect: iteration 1
# expect: after sleep(-5)
# expect: iteration 2
# expect: iteration 3
