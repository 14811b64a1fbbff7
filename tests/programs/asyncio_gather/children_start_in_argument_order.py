# Each coroutine becomes a task; they start in argument order after the caller suspends.
import asyncio

async def job(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)

async def main():
    g = asyncio.gather(job("a"), job("b"), job("c"))
    print("gather created")
    await g

asyncio.run(main())
# expect: gather created
# expect: start a
# expect: start b
# expect: start c
# expect: end a
# expect: end b
# expect: end c
