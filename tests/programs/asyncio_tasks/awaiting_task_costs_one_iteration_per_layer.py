# Awaiting a pending task: the awaiter resumes one iteration after that task's last step.
# A chain of tasks awaiting tasks adds one iteration per layer.
import asyncio

async def ticker():
    for i in range(1, 5):
        print("iteration", i)
        await asyncio.sleep(0)

async def leaf():
    print("leaf runs")
    return "leaf"

async def middle():
    r = await asyncio.create_task(leaf())
    print("middle got", r)
    return r

async def main():
    asyncio.create_task(ticker())
    t = asyncio.create_task(middle())
    print("main got", await t)

asyncio.run(main())
# expect: iteration 1
# expect: iteration 2
# expect: leaf runs
# expect: iteration 3
# expect: middle got leaf
# expect: iteration 4
# expect: main got leaf
