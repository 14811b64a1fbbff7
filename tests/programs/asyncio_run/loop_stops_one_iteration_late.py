# When main finishes, the loop still runs one more full iteration: a task created in main's
# last step gets its first step.
import asyncio

async def late():
    print("late task's first step")
    await asyncio.sleep(0)
    print("never: cancelled at shutdown")

async def main():
    asyncio.create_task(late())
    print("main returns")

asyncio.run(main())
# expect: main returns
# expect: late task's first step
