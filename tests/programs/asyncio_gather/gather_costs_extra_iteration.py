# Awaiting gather takes one more iteration than awaiting the child task directly
# (child done -> gather's callback sets the outer future -> awaiter wakes).
import asyncio

async def ticker():
    for i in range(1, 4):
        print("iteration", i)
        await asyncio.sleep(0)

async def quick():
    print("child runs")
    return "x"

async def main():
    asyncio.create_task(ticker())
    print(await asyncio.gather(quick()))

asyncio.run(main())
# expect: iteration 1
# expect: child runs
# expect: iteration 2
# expect: iteration 3
# expect: ['x']
