# The consumer of as_completed resumes two iterations after the task finishes
# (done callback -> queue -> consumer).
import asyncio

async def ticker():
    for i in range(1, 4):
        print("iteration", i)
        await asyncio.sleep(0)

async def quick():
    print("task finishes")
    return "r"

async def main():
    asyncio.create_task(ticker())
    t = asyncio.create_task(quick())
    for aw in asyncio.as_completed([t]):
        print("got", await aw)

asyncio.run(main())
# expect: iteration 1
# expect: task finishes
# expect: iteration 2
# expect: iteration 3
# expect: got r
