# Awaiting two coroutines one after the other takes the sum of their sleeps.
import asyncio

async def step(name, d):
    print("start", name)
    await asyncio.sleep(d)
    print("end", name)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await step("a", 0.2)
    await step("b", 0.3)
    print("elapsed", round(loop.time() - t0, 1))

asyncio.run(main())
# expect: start a
# expect: end a
# expect: start b
# expect: end b
# expect: elapsed 0.5
