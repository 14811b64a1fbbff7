# TaskGroup waits for every child at the end of the async with block.
import asyncio

async def job(v, d):
    await asyncio.sleep(d)
    print("finished", v)
    return v

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.2))
        b = tg.create_task(job("b", 0.1))
        print("body done")
    print(a.result(), b.result())

asyncio.run(main())
# expect: body done
# expect: finished b
# expect: finished a
# expect: a b
