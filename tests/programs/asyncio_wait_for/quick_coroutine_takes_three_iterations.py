# 3.11: wait_for(quick_coro, 1) costs three iterations: the new task starts one iteration
# later, and the caller resumes two iterations after it finishes.
import asyncio

async def ticker():
    for i in range(1, 4):
        print("iteration", i)
        await asyncio.sleep(0)

async def quick():
    print("quick runs")
    return "q"

async def main():
    asyncio.create_task(ticker())
    print(await asyncio.wait_for(quick(), 1))

asyncio.run(main())
# expect: iteration 1
# expect: quick runs
# expect: iteration 2
# expect: iteration 3
# expect: q
