# Awaiting a task that is already done returns at once: no other task gets to run.
import asyncio

async def ticker():
    for i in range(1, 4):
        print("iteration", i)
        await asyncio.sleep(0)

async def quick():
    return "q"

async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    tk = asyncio.create_task(ticker())
    print("before await", t.done())
    print(await t)
    print(await t)
    print("after awaits")
    await tk

asyncio.run(main())
# expect: before await True
# expect: q
# expect: q
# expect: after awaits
# expect: iteration 1
# expect: iteration 2
# expect: iteration 3
