# Breaking out of `async for` over an unreferenced generator: the generator is finalized by
# an aclose() task the loop creates one iteration later (k+1); its finally runs in the
# iteration after that (k+2), after the ticker's step, not at the break.
import asyncio

async def ticker():
    for i in range(1, 5):
        print("iteration", i)
        await asyncio.sleep(0)

async def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finally")

async def main():
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    async for x in gen():
        if x == 1:
            break
    print("after break")
    await tk

asyncio.run(main())
# expect: iteration 1
# expect: after break
# expect: iteration 2
# expect: iteration 3
# expect: generator finally
# expect: iteration 4
