# Awaiting coroutines, however deeply nested, runs inline: no iterations pass.
import asyncio

async def ticker():
    for i in range(1, 4):
        print("iteration", i)
        await asyncio.sleep(0)

async def level3():
    return 3

async def level2():
    return await level3() + 2

async def level1():
    return await level2() + 1

async def main():
    asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("main before", "->", await level1())
    await asyncio.sleep(0)
    print("main after one sleep(0)")

asyncio.run(main())
# expect: iteration 1
# expect: main before -> 6
# expect: iteration 2
# expect: main after one sleep(0)
# expect: iteration 3
